package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Commune;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static fr.essor.funding.aaa.domain.AaaFixtures.MONTREUIL;
import static fr.essor.funding.aaa.domain.AaaFixtures.NOW;
import static fr.essor.funding.aaa.domain.AaaFixtures.SAINT_DENIS;
import static fr.essor.funding.aaa.domain.AaaFixtures.call;
import static fr.essor.funding.aaa.domain.AaaFixtures.definition;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls, application forms checked against their call, submission and the probable duplicate. */
class SubmissionTest {

    private static final Function<String, Optional<Commune>> COMMUNES = insee -> switch (insee) {
        case "93066", "93059" -> Optional.of(SAINT_DENIS);
        case "93048" -> Optional.of(MONTREUIL);
        default -> Optional.empty();
    };

    static ApplicationForm form(int duration, RequestedAmounts amounts) {
        return new ApplicationForm(" Atelier vélo ", "Réparer des vélos", "Réemploi", amounts, duration,
                List.of("93066", "93059", "93048"), true, new BigDecimal("50000"), false);
    }

    @Test
    void aValidFormResolvesItsCommunesOnceEachAndItsTerritoriesInOrder() {
        ApplicationForm.Checked checked = form(2, new RequestedAmounts(new BigDecimal("10000"), null,
                new BigDecimal("10000"), null)).check(call(), "84129031700012", "Recyclerie", COMMUNES);

        assertThat(checked).isInstanceOfSatisfying(ApplicationForm.Valid.class, valid -> {
            assertThat(valid.details().title()).isEqualTo("Atelier vélo");
            assertThat(valid.details().communes()).containsExactly(SAINT_DENIS, MONTREUIL);
            assertThat(valid.details().territoryCodes()).containsExactly("T6", "T8");
            assertThat(valid.details().mainTerritoryCode()).isEqualTo("T6");
            assertThat(valid.details().amounts().total()).isEqualByComparingTo("20000");
            assertThat(valid.details().amounts().nature()).isEqualTo(GrantNature.OPERATING);
        });
    }

    @Test
    void aFormBreakingTheCallsRulesListsEveryViolation() {
        Call oneYearOnly = ((Call.Defined) Call.define(new CallDefinition(2027, "AAA 2027", List.of("Réemploi"),
                new BigDecimal("1000"), BigDecimal.ZERO, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), false,
                AaaFixtures.grid(), Map.of()), "dmta", NOW)).call();
        ApplicationForm broken = new ApplicationForm("", "", "Culture", new RequestedAmounts(new BigDecimal("-1"),
                new BigDecimal("0.001"), null, null), 2, List.of("75056"), false, new BigDecimal("10"), false);

        ApplicationForm.Checked checked = broken.check(oneYearOnly, "84129031700012", "Recyclerie", COMMUNES);

        assertThat(checked).isInstanceOfSatisfying(ApplicationForm.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                        "title.required", "summary.required", "theme.unknown", "durationYears.notAllowed",
                        "amounts.firstYearOperating.range", "amounts.firstYearInvestment.decimals",
                        "amounts.required", "communeInsees.unknown"));
        ApplicationForm oneYearAskingTwo = form(1, new RequestedAmounts(new BigDecimal("100"), null, null,
                new BigDecimal("100")));
        assertThat(oneYearAskingTwo.check(call(), "x", "y", COMMUNES)).isInstanceOfSatisfying(
                ApplicationForm.Invalid.class, invalid -> assertThat(invalid.violations()).extracting(Violation::code)
                        .containsExactly("amounts.secondYearWithoutSecondYear"));
        ApplicationForm tooLong = new ApplicationForm("t".repeat(301), "s".repeat(4001), "r".repeat(201),
                new RequestedAmounts(new BigDecimal("100"), null, null, null), 1, List.of("93048"), false,
                new BigDecimal("1000000000.01"), false);
        assertThat(tooLong.check(call(), "x", "y", COMMUNES)).isInstanceOfSatisfying(
                ApplicationForm.Invalid.class, invalid -> assertThat(invalid.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("title.too-long", "summary.too-long", "theme.too-long",
                                "projectBudget.range"));
        ApplicationForm budgetTooSmall = new ApplicationForm("T", "S", "Réemploi", new RequestedAmounts(
                new BigDecimal("100"), null, null, null), 1, List.of("93048"), false, new BigDecimal("99"), false);
        assertThat(budgetTooSmall.check(call(), "x", "y", COMMUNES)).isInstanceOfSatisfying(
                ApplicationForm.Invalid.class, invalid -> assertThat(invalid.violations()).extracting(Violation::code)
                        .containsExactly("projectBudget.belowRequest"));
    }

    @Test
    void submittingToAnOpenCallGivesADepositedApplicationAndItsFactAClosedCallRefusesIt() {
        ApplicationDetails details = AaaFixtures.details();

        ApplicationOutcome open = Application.submit("AAA-2026-0007", call(), details, Channel.PORTAL,
                Optional.of("AAA-2026-0003"), LocalDate.of(2026, 4, 15), "portail", NOW);
        ApplicationOutcome closed = Application.submit("AAA-2026-0008", call(), details, Channel.AGENT,
                Optional.empty(), LocalDate.of(2026, 4, 16), "dmta", NOW);

        assertThat(open).isInstanceOfSatisfying(ApplicationOutcome.Changed.class, changed -> {
            assertThat(changed.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(changed.application().version()).isEqualTo(1);
            assertThat(changed.application().possibleDuplicateOf()).contains("AAA-2026-0003");
            assertThat(changed.application().history()).singleElement().satisfies(h ->
                    assertThat(h.note()).isEqualTo("Doublon probable de AAA-2026-0003"));
            assertThat(changed.events()).singleElement().isInstanceOf(ApplicationSubmitted.class);
        });
        assertThat(closed).isEqualTo(new ApplicationOutcome.NotAllowedNow("call.closed", "L'appel 2026 ne reçoit pas "
                + "de candidature aujourd'hui : il est ouvert du 15/01/2026 au 15/04/2026."));
    }

    @Test
    void aPaperFileReceivedDuringTheOpeningIsTypedInAfterTheCloseWithItsReceiptDate() {
        ApplicationDetails details = AaaFixtures.details();
        LocalDate afterTheClose = LocalDate.of(2026, 5, 4);

        ApplicationOutcome late = Application.submit("AAA-2026-0009", call(), details, Channel.AGENT,
                Optional.empty(), LocalDate.of(2026, 4, 14), afterTheClose, "dmta", NOW);
        ApplicationOutcome future = Application.submit("AAA-2026-0010", call(), details, Channel.AGENT,
                Optional.empty(), afterTheClose.plusDays(1), afterTheClose, "dmta", NOW);
        ApplicationOutcome outside = Application.submit("AAA-2026-0011", call(), details, Channel.AGENT,
                Optional.empty(), LocalDate.of(2026, 4, 20), afterTheClose, "dmta", NOW);

        assertThat(late).isInstanceOfSatisfying(ApplicationOutcome.Changed.class, changed -> {
            assertThat(changed.application().receivedOn()).isEqualTo(LocalDate.of(2026, 4, 14));
            assertThat(changed.application().recordedReceipt()).contains(LocalDate.of(2026, 4, 14));
            assertThat(changed.application().history()).singleElement().satisfies(h ->
                    assertThat(h.note()).isEqualTo("dossier reçu le 14/04/2026"));
        });
        assertThat(future).isEqualTo(new ApplicationOutcome.Invalid(List.of(new Violation("receivedOn",
                "receivedOn.future", "La date de réception ne peut pas être dans le futur."))));
        assertThat(outside).isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).singleElement().satisfies(v -> assertThat(v.message())
                        .isEqualTo("L'appel 2026 n'était pas ouvert le 20/04/2026 : il est ouvert du 15/01/2026 au "
                                + "15/04/2026.")));
    }

    @Test
    void anApplicationSubmittedOnlineWasReceivedTheDayItWasSubmitted() {
        ApplicationOutcome online = Application.submit("AAA-2026-0012", call(), AaaFixtures.details(),
                Channel.ONLINE, Optional.empty(), LocalDate.of(2026, 4, 15), "asso", NOW);

        assertThat(online).isInstanceOfSatisfying(ApplicationOutcome.Changed.class, changed -> {
            assertThat(changed.application().recordedReceipt()).isEmpty();
            assertThat(changed.application().receivedOn()).isEqualTo(LocalDate.ofInstant(NOW,
                    java.time.ZoneId.of("Europe/Paris")));
        });
    }

    @Test
    void theSameProjectIsRecognisedWhateverItsCaseAccentsPunctuationOrSpacing() {
        assertThat(ProjectTitles.normalise("L'Atelier  Vélo – Bondy !"))
                .isEqualTo(ProjectTitles.normalise(" l atelier velo bondy"))
                .isEqualTo("l atelier velo bondy");
        assertThat(ProjectTitles.normalise("Cœur de quartier")).isEqualTo("coeur de quartier");
        assertThat(ProjectTitles.normalise("Atelier vélo 2")).isNotEqualTo(ProjectTitles.normalise("Atelier vélo"));
    }

    @Test
    void aCallHasThemesEnvelopesDatesAGridAndTargetsWithinTheDepartement() {
        CallDefinition broken = new CallDefinition(2017, " ", List.of("A", "A"), BigDecimal.ZERO, BigDecimal.ZERO,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), true, AaaFixtures.grid(),
                Map.of("T5", 10, "T6", 95));

        assertThat(broken.check()).extracting(Violation::code).containsExactlyInAnyOrder("year.range",
                "title.required", "themes.duplicate", "envelopes.empty", "closesOn.beforeOpening",
                "territoryTargets.unknownTerritory", "territoryTargets.total");
        assertThat(definition(2026).check()).isEmpty();
        CallDefinition implausible = new CallDefinition(2026, "x".repeat(100_000), List.of("A"), BigDecimal.ONE,
                BigDecimal.ZERO, LocalDate.of(2026, 1, 15), LocalDate.of(2999, 4, 1), true, AaaFixtures.grid(),
                Map.of());
        assertThat(implausible.check()).extracting(Violation::code)
                .containsExactlyInAnyOrder("title.too-long", "closesOn.date-range");
        CallDefinition outOfBounds = new CallDefinition(2026, "AAA 2026", List.of("A"), new BigDecimal("-1"),
                new BigDecimal("1e400"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1), true,
                AaaFixtures.grid(), Map.of());
        assertThat(outOfBounds.check()).extracting(Violation::code)
                .containsExactlyInAnyOrder("operatingEnvelope.range", "investmentEnvelope.range");
        Instant beforeOpening = Instant.parse("2026-01-14T22:30:00Z");
        assertThat(call().redefine(definition(2027), "dmta", beforeOpening)).isInstanceOfSatisfying(Call.Refused.class,
                r -> assertThat(r.violations()).extracting(Violation::code).containsExactly("year.immutable"));
        assertThat(call().redefine(definition(2026), "sens", beforeOpening)).isInstanceOfSatisfying(Call.Defined.class, d -> {
            assertThat(d.call().version()).isEqualTo(2);
            assertThat(d.call().updatedBy()).isEqualTo("sens");
            assertThat(d.call().createdBy()).isEqualTo("dmta");
        });
    }

    @Test
    void aCallIsNoLongerChangedFromItsOpeningDayInParis() {
        Instant openingDayInParis = Instant.parse("2026-01-14T23:30:00Z");

        assertThat(call().redefine(definition(2026), "dmta", openingDayInParis)).isInstanceOfSatisfying(
                Call.Refused.class, r -> assertThat(r.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("call.opened");
                    assertThat(v.message()).contains("ouvert depuis le 15/01/2026");
                }));
    }
}
