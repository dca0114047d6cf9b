package fr.essor.foncier.intermediation.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.foncier.premises.domain.Assessment;
import fr.essor.foncier.premises.domain.Criterion;
import fr.essor.foncier.premises.domain.MatchReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class IntermediationTest {

    static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 3, 2);
    static final Premises MONTREUIL = new Premises("BESOIN-2026-0001", "W931004567", "Réemploi Solidaire",
            "OFFRE-2026-0001", "12 rue de la Révolution", "93048", "Montreuil", "T8", 150, false);
    static final Assessment.Proposable GOOD = new Assessment.Proposable(82, List.of());

    @Test
    void aProposalRefusedForItsNoteDrawsNoReferenceNumber() {
        java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();

        Intermediation.Outcome refused = Intermediation.propose(() -> "MER-2026-000" + drawn.incrementAndGet(),
                MONTREUIL, GOOD, Set.of(), "x".repeat(100_000), "sens", NOW);

        assertThat(refused).isInstanceOfSatisfying(Intermediation.Refused.class, r ->
                assertThat(r.refusals()).extracting(Violation::field).containsExactly("note"));
        assertThat(drawn).hasValue(0);
    }

    @Test
    void aProposalOpensTheIntermediationAndPublishesTheMatchWithItsScoreAndAuthor() {
        Intermediation.Moved moved = (Intermediation.Moved) Intermediation.propose("MER-2026-0001", MONTREUIL, GOOD,
                Set.of(Partner.SURFACE_UTILE), "Premier contact par téléphone", "sens", NOW);

        Intermediation proposed = moved.intermediation();
        assertThat(proposed.stage()).isEqualTo(Stage.PROPOSED);
        assertThat(proposed.version()).isEqualTo(1);
        assertThat(proposed.partners()).containsExactly(Partner.SURFACE_UTILE);
        assertThat(proposed.history()).singleElement().satisfies(step -> {
            assertThat(step.by()).isEqualTo("sens");
            assertThat(step.at()).isEqualTo(NOW);
        });
        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(MatchProposed.class, e -> {
            assertThat(e.score()).isEqualTo(82);
            assertThat(e.premises()).isEqualTo(MONTREUIL);
            assertThat(e.recordedBy()).isEqualTo("sens");
        });
    }

    @Test
    void aMatchTheMatchmakerExcludesIsNeverProposed() {
        Assessment excluded = new Assessment.Excluded(List.of(new MatchReason(Criterion.SURFACE,
                MatchReason.Verdict.UNFAVOURABLE, 0, "Surface de 400 m² hors de la fourchette demandée.")));

        Intermediation.Outcome outcome = Intermediation.propose("MER-2026-0001", MONTREUIL, excluded, Set.of(), null,
                "sens", NOW);

        assertThat(outcome).isInstanceOfSatisfying(Intermediation.Refused.class, r ->
                assertThat(r.refusals()).singleElement().satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("match.excluded");
                    assertThat(refusal.message()).contains("hors de la fourchette");
                }));
    }

    @Test
    void theHappyPathGoesFromContactThroughVisitsAndNegotiationToASignedLease() {
        Intermediation negotiating = negotiating();

        Intermediation.Moved signed = (Intermediation.Moved) negotiating.signLease(() -> "BAIL-2026-0001",
                LocalDate.of(2026, 4, 1), LocalDate.of(2035, 3, 31), 150, new BigDecimal("12000"), "sens", NOW);

        Intermediation lease = signed.intermediation();
        assertThat(lease.stage()).isEqualTo(Stage.LEASE_SIGNED);
        assertThat(lease.lease().annualRent()).isEqualByComparingTo("12000.00");
        assertThat(lease.history()).extracting(Step::stage).containsExactly(Stage.PROPOSED, Stage.CONTACT,
                Stage.VISITS, Stage.VISITS, Stage.NEGOTIATION, Stage.LEASE_SIGNED);
        assertThat(lease.history()).allSatisfy(step -> assertThat(step.by()).isNotBlank());
        assertThat(lease.visits()).hasSize(2);
        assertThat(signed.events()).singleElement().isInstanceOfSatisfying(LeaseSigned.class, e -> {
            assertThat(e.lease().id()).isEqualTo("BAIL-2026-0001");
            assertThat(e.lease().surface()).isEqualTo(150);
            assertThat(e.premises().offerId()).isEqualTo("OFFRE-2026-0001");
        });
        assertThat(lease.allowedSteps()).containsExactlyInAnyOrder("renewal", "end");
    }

    @Test
    void aRenewalReviewEndingInARenewalMovesTheEndDateAndPublishesNothing() {
        Intermediation signed = signedUntil(LocalDate.of(2026, 8, 31));

        Intermediation.Moved renewed = (Intermediation.Moved) signed.renewLease(LocalDate.of(2029, 8, 31),
                "Accord du bailleur", "sens", NOW);

        assertThat(renewed.events()).isEmpty();
        assertThat(renewed.intermediation().stage()).isEqualTo(Stage.LEASE_SIGNED);
        assertThat(renewed.intermediation().lease().endDate()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(renewed.intermediation().lease().version()).isEqualTo(2);
        assertThat(renewed.intermediation().history().getLast().action())
                .isEqualTo("Bail BAIL-2026-0001 renouvelé jusqu'au 31/08/2029");
        assertThat(signed.renewLease(LocalDate.of(2026, 8, 31), null, "sens", NOW))
                .isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("newEndDate.notLater"));
    }

    @Test
    void anEarlyEndPublishesTheLeaseEndedWithItsReasonAndTheLeaseCannotEndTwice() {
        Intermediation renewed = moved(signedUntil(LocalDate.of(2026, 8, 31)).renewLease(LocalDate.of(2029, 8, 31),
                null, "sens", NOW));

        Intermediation.Moved ended = (Intermediation.Moved) renewed.endLease(LocalDate.of(2027, 6, 30),
                LeaseEndReason.ORGANISATION_LEFT, "Déménagement à Bobigny", "sens", NOW);

        assertThat(ended.intermediation().stage()).isEqualTo(Stage.LEASE_ENDED);
        assertThat(ended.intermediation().allowedSteps()).isEmpty();
        assertThat(ended.events()).singleElement().isInstanceOfSatisfying(LeaseEnded.class, e -> {
            assertThat(e.lease().ending().atTerm()).isFalse();
            assertThat(e.lease().ending().endedOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(e.lease().ending().reason()).isEqualTo(LeaseEndReason.ORGANISATION_LEFT);
            assertThat(e.lease().version()).isEqualTo(3);
            assertThat(e.recordedBy()).isEqualTo("sens");
        });
        assertThat(ended.intermediation().lease().endsBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1)))
                .as("an ended lease is no longer reviewed").isFalse();
        assertThat(ended.intermediation().endLease(LocalDate.of(2027, 6, 30), LeaseEndReason.OTHER, "x", "sens",
                NOW)).isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                .extracting(Violation::code).containsExactly("step.end.notAllowed"));
    }

    @Test
    void aLeaseEndsAtItsTermOrEarlierNeverBeforeItStartedAndOtherReasonsAreExplained() {
        Intermediation signed = signedUntil(LocalDate.of(2026, 8, 31));
        Function<Intermediation.Outcome, List<String>> codes = o -> ((Intermediation.Refused) o).refusals().stream()
                .map(Violation::code).toList();

        assertThat(codes.apply(signed.endLease(null, null, null, "sens", NOW)))
                .containsExactly("endedOn.required", "endReason.required");
        assertThat(codes.apply(signed.endLease(LocalDate.of(2026, 3, 31), LeaseEndReason.MUTUAL_AGREEMENT, null,
                "sens", NOW))).containsExactly("endedOn.beforeStart");
        assertThat(codes.apply(signed.endLease(LocalDate.of(2026, 9, 1), LeaseEndReason.MUTUAL_AGREEMENT, null,
                "sens", NOW))).containsExactly("endedOn.afterTerm");
        assertThat(codes.apply(signed.endLease(LocalDate.of(2026, 6, 1), LeaseEndReason.TERM_NOT_RENEWED, null,
                "sens", NOW))).containsExactly("endReason.notAtTerm");
        assertThat(codes.apply(signed.endLease(LocalDate.of(2026, 6, 1), LeaseEndReason.OTHER, " ", "sens", NOW)))
                .containsExactly("endNote.required");
        assertThat(moved(signed.endLease(LocalDate.of(2026, 8, 31), LeaseEndReason.TERM_NOT_RENEWED, null, "sens",
                NOW)).lease().ending().atTerm()).isTrue();
    }

    /** Every step at every stage: allowed exactly where the workflow says, refused (never thrown) elsewhere. */
    @ParameterizedTest
    @EnumSource(Stage.class)
    void eachStageAllowsOnlyItsOwnSteps(Stage stage) {
        Intermediation at = at(stage);
        var steps = java.util.Map.<String, Function<Intermediation, Intermediation.Outcome>>of(
                "contact", i -> i.recordContact(null, "sens", NOW),
                "visit", i -> i.recordVisit(VISIT_DAY, Set.of(Participant.OWNER), null, "sens", NOW),
                "negotiation", i -> i.startNegotiation(null, "sens", NOW),
                "lease", i -> i.signLease(() -> "BAIL-2026-0002", LocalDate.of(2026, 4, 1), null, 100,
                        BigDecimal.ZERO, "sens", NOW),
                "close", i -> i.close(ClosureReason.RENT_TOO_HIGH, null, "sens", NOW),
                "partners", i -> i.assignPartners(Set.of(Partner.FOL93), "sens", NOW),
                "renewal", i -> i.renewLease(LocalDate.of(2030, 1, 1), null, "sens", NOW),
                "end", i -> i.endLease(LocalDate.of(2026, 9, 30), LeaseEndReason.ORGANISATION_LEFT, null, "sens",
                        NOW));

        steps.forEach((name, step) -> {
            Intermediation.Outcome outcome = step.apply(at);
            if (at.allowedSteps().contains(name)) {
                assertThat(outcome).as(name + " at " + stage).isInstanceOf(Intermediation.Moved.class);
            } else {
                assertThat(outcome).as(name + " at " + stage).isInstanceOfSatisfying(Intermediation.Refused.class,
                        r -> assertThat(r.refusals()).singleElement().satisfies(refusal -> {
                            assertThat(refusal.code()).isEqualTo("step." + name + ".notAllowed");
                            assertThat(refusal.message()).contains(stage.label());
                        }));
            }
        });
    }

    @Test
    void aLeaseNeedsDatesInOrderAPositiveSurfaceWithinTheOfferAndARentInEurosAndCents() {
        Intermediation.Outcome outcome = negotiating().signLease(() -> {
            throw new AssertionError("no number is drawn for a refused lease");
        }, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), 151, new BigDecimal("10.001"), "sens", NOW);

        assertThat(outcome).isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                .extracting(Violation::code)
                .containsExactly("endDate.beforeStart", "surface.aboveOffer", "annualRent.decimals"));
        Intermediation.Outcome outOfBounds = negotiating().signLease(() -> {
            throw new AssertionError("no number is drawn for a refused lease");
        }, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 0, new BigDecimal("-1"), "sens", NOW);
        assertThat(outOfBounds).isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                .extracting(Violation::code).containsExactly("surface.range", "annualRent.range"));
    }

    @Test
    void aTemporaryOccupationHasAnEndDate() {
        Premises temporary = new Premises("BESOIN-2026-0001", "W931004567", "Réemploi Solidaire", "OFFRE-2026-0002",
                "1 rue Jean Jaurès", "93010", "Bondy", "T8", 80, true);
        Intermediation negotiating = walk((Intermediation.Moved) Intermediation.propose("MER-2026-0009", temporary,
                GOOD, Set.of(), null, "sens", NOW), Stage.NEGOTIATION);

        assertThat(negotiating.signLease(() -> "BAIL-2026-0003", LocalDate.of(2026, 4, 1), null, 80,
                BigDecimal.ZERO, "sens", NOW)).isInstanceOfSatisfying(Intermediation.Refused.class, r ->
                assertThat(r.refusals()).extracting(Violation::code).containsExactly("endDate.required"));
    }

    @Test
    void aVisitHasADateInThePastAndAtLeastOneParticipantRole() {
        Intermediation inContact = at(Stage.CONTACT);

        assertThat(inContact.recordVisit(LocalDate.of(2026, 3, 20), Set.of(), null, "sens", NOW))
                .isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("date.future", "participants.required"));
    }

    @Test
    void closingTellsWhyAndOtherReasonsMustBeExplained() {
        Intermediation inContact = at(Stage.CONTACT);

        assertThat(inContact.close(ClosureReason.OTHER, " ", "sens", NOW))
                .isInstanceOfSatisfying(Intermediation.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("note.required"));
        Intermediation closed = ((Intermediation.Moved) inContact.close(ClosureReason.OWNER_DECLINED,
                "Le bailleur garde les locaux", "fol93", NOW)).intermediation();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closure()).isEqualTo(new Closure(ClosureReason.OWNER_DECLINED,
                "Le bailleur garde les locaux"));
        assertThat(closed.updatedBy()).isEqualTo("fol93");
    }

    @Test
    void assigningTheSamePartnersAgainChangesNothing() {
        Intermediation proposed = at(Stage.PROPOSED);
        Intermediation withPartners = ((Intermediation.Moved) proposed.assignPartners(
                Set.of(Partner.INSER_ECO, Partner.FRANCE_ACTIVE), "sens", NOW)).intermediation();

        Intermediation.Moved again = (Intermediation.Moved) withPartners.assignPartners(
                Set.of(Partner.FRANCE_ACTIVE, Partner.INSER_ECO), "sens", NOW);

        assertThat(withPartners.version()).isEqualTo(2);
        assertThat(again.intermediation()).isSameAs(withPartners);
    }

    @Test
    void aLeaseIsDueForRenewalReviewWithinItsLastSixMonthsOnly() {
        Lease lease = new Lease("BAIL-2026-0001", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 8, 31), 100,
                BigDecimal.TEN, false);
        LocalDate today = LocalDate.of(2026, 3, 4);

        assertThat(lease.endsBetween(today, today.plusMonths(6))).isTrue();
        assertThat(lease.endsBetween(today.minusMonths(1), today.minusMonths(1).plusMonths(6))).isFalse();
        assertThat(lease.endsBetween(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(new Lease("BAIL-2026-0002", today, null, 100, BigDecimal.TEN, false)
                .endsBetween(today, today.plusMonths(6))).isFalse();
    }

    static Intermediation negotiating() {
        return at(Stage.NEGOTIATION);
    }

    static Intermediation at(Stage stage) {
        return walk((Intermediation.Moved) Intermediation.propose("MER-2026-0001", MONTREUIL, GOOD, Set.of(), null,
                "sens", NOW), stage);
    }

    private static Intermediation walk(Intermediation.Moved proposed, Stage stage) {
        Intermediation i = proposed.intermediation();
        if (stage == Stage.CLOSED) {
            return moved(i.close(ClosureReason.NEED_MET_ELSEWHERE, null, "sens", NOW));
        }
        List<Function<Intermediation, Intermediation.Outcome>> path = List.of(
                x -> x.recordContact("Appel", "surface-utile", NOW),
                x -> x.recordVisit(VISIT_DAY, Set.of(Participant.ORGANISATION, Participant.OWNER), "Bon état",
                        "sens", NOW),
                x -> x.recordVisit(VISIT_DAY.plusDays(1), Set.of(Participant.CELL), "Mesures prises", "sens", NOW),
                x -> x.startNegotiation("Loyer à discuter", "sens", NOW),
                x -> x.signLease(() -> "BAIL-2026-0001", LocalDate.of(2026, 4, 1), null, 150, BigDecimal.TEN,
                        "sens", NOW),
                x -> x.endLease(LocalDate.of(2026, 9, 30), LeaseEndReason.ORGANISATION_LEFT, null, "sens", NOW));
        for (Function<Intermediation, Intermediation.Outcome> step : path) {
            if (i.stage() == stage) {
                return i;
            }
            i = moved(step.apply(i));
        }
        return i;
    }

    private static Intermediation signedUntil(LocalDate endDate) {
        return moved(at(Stage.NEGOTIATION).signLease(() -> "BAIL-2026-0001", LocalDate.of(2026, 4, 1), endDate, 150,
                BigDecimal.TEN, "sens", NOW));
    }

    private static Intermediation moved(Intermediation.Outcome outcome) {
        return ((Intermediation.Moved) outcome).intermediation();
    }
}
