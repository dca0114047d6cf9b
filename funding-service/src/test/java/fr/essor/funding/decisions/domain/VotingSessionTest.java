package fr.essor.funding.decisions.domain;

import fr.essor.funding.aaa.domain.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static fr.essor.funding.decisions.domain.SessionFixtures.BONDY;
import static fr.essor.funding.decisions.domain.SessionFixtures.DJVA;
import static fr.essor.funding.decisions.domain.SessionFixtures.EPTS;
import static fr.essor.funding.decisions.domain.SessionFixtures.NOW;
import static fr.essor.funding.decisions.domain.SessionFixtures.PILOT;
import static fr.essor.funding.decisions.domain.SessionFixtures.changed;
import static fr.essor.funding.decisions.domain.SessionFixtures.open;
import static fr.essor.funding.decisions.domain.SessionFixtures.proposed;
import static org.assertj.core.api.Assertions.assertThat;

class VotingSessionTest {

    @Test
    void openingNeedsTheSittingDateAndTheDeliberationAndThePilot() {
        assertThat(VotingSession.open(year -> "S", 2026, null, " ", PILOT, NOW)).isInstanceOfSatisfying(
                SessionOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.code()).containsExactly("sittingOn.required",
                                "deliberationReference.required"));
        assertThat(VotingSession.open(year -> "S", 2026, LocalDate.of(2026, 5, 12), "CD-1", DJVA, NOW))
                .isInstanceOf(SessionOutcome.Forbidden.class);
    }

    @Test
    void aSessionOfAnImplausibleYearCenturiesAheadOrWithATooLongReferenceIsRefusedAndTakesNoNumber() {
        java.util.concurrent.atomic.AtomicInteger numbersTaken = new java.util.concurrent.atomic.AtomicInteger();

        assertThat(VotingSession.open(year -> "S" + numbersTaken.incrementAndGet(), -1, LocalDate.of(2999, 1, 1),
                "x".repeat(100_000), PILOT, NOW)).isInstanceOfSatisfying(SessionOutcome.Invalid.class,
                invalid -> assertThat(invalid.violations()).extracting(v -> v.code()).containsExactly(
                        "callYear.range", "sittingOn.date-range", "deliberationReference.too-long"));
        assertThat(numbersTaken).hasValue(0);
    }

    @Test
    void onlyAnApplicationProposedForTheVoteOfTheSameCallEntersTheAgendaOnce() {
        VotingSession session = changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW));

        assertThat(session.agenda()).extracting(AgendaItem::applicationId).containsExactly("AAA-2026-0001");
        assertThat(session.propose(proposed("AAA-2026-0001"), PILOT, NOW)).isInstanceOf(SessionOutcome.Unchanged.class);
        assertThat(session.propose(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.UNDER_REVIEW,
                BONDY), PILOT, NOW)).isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                refused -> assertThat(refused.code()).isEqualTo("session.notProposed"));
    }

    @Test
    void aVoteIsJustifiedAndAGrantIsPositiveAndNotAboveTheRequest() {
        VotingSession session = changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW));

        assertThat(session.recordVote("AAA-2026-0001", true, new BigDecimal("20000.01"), "Utile", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.code()).containsExactly("amount.aboveRequest"));
        assertThat(session.recordVote("AAA-2026-0001", false, null, "", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.code()).containsExactly("justification.required"));
        assertThat(session.recordVote("AAA-2026-0009", false, null, "Non", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                        refused -> assertThat(refused.code()).isEqualTo("session.notOnAgenda"));
        assertThat(session.recordVote("AAA-2026-0001", true, new BigDecimal("0.001"), "x".repeat(4001), PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.code()).containsExactly("justification.too-long", "amount.decimals"));
        assertThat(session.recordVote("AAA-2026-0001", true, BigDecimal.ZERO, "Utile", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.code()).containsExactly("amount.range"));
        VotingSession voted = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000.5"), "Utile",
                PILOT, NOW));
        assertThat(voted.item("AAA-2026-0001").orElseThrow().vote().amount()).isEqualTo(new BigDecimal("15000.50"));
    }

    @Test
    void aSessionClosesOnlyWhenEveryApplicationHasItsVote() {
        VotingSession session = changed(changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW))
                .propose(proposed("AAA-2026-0002"), PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000"), "Utile", PILOT, NOW));

        assertThat(open().close(EPTS, java.util.List.of(), PILOT, NOW)).isInstanceOfSatisfying(
                SessionOutcome.NotAllowedNow.class,
                refused -> assertThat(refused.code()).isEqualTo("session.emptyAgenda"));
        assertThat(session.close(EPTS, java.util.List.of(proposed("AAA-2026-0001"), proposed("AAA-2026-0002")), PILOT,
                NOW)).isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                refused -> assertThat(refused.message()).contains("AAA-2026-0002"));
    }

    @Test
    void closingPublishesOneLaureateListPerEptWithTheGrantedProjectsActingThereAndFixesTheVotes() {
        VotingSession session = changed(changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW))
                .propose(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.PROPOSED_FOR_VOTE, BONDY),
                        PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000"), "Utile", PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0002", false, null, "Budget fragile", PILOT, NOW));

        SessionOutcome.Changed closed = (SessionOutcome.Changed) session.close(EPTS, java.util.List.of(
                proposed("AAA-2026-0001"), SessionFixtures.application("AAA-2026-0002",
                        ApplicationStatus.PROPOSED_FOR_VOTE, BONDY)), PILOT, NOW);

        assertThat(closed.session().closed()).isTrue();
        assertThat(closed.events()).extracting(LaureatesPublished::territoryCode).containsExactly("T6", "T7", "T8",
                "T9");
        assertThat(closed.events()).extracting(e -> e.laureates().stream().map(AgendaItem::applicationId).toList())
                .containsExactly(java.util.List.of("AAA-2026-0001"), java.util.List.of(),
                        java.util.List.of("AAA-2026-0001"), java.util.List.of());
        assertThat(closed.session().recordVote("AAA-2026-0001", false, null, "Revote", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                        refused -> assertThat(refused.code()).isEqualTo("session.closed"));
        assertThat(closed.session().close(EPTS, java.util.List.of(), PILOT, NOW))
                .isInstanceOf(SessionOutcome.NotAllowedNow.class);
    }

    @Test
    void aFileReceivedTheDayAfterTheSittingDoesNotEnterItsAgendaOneReceivedThatDayDoes() {
        VotingSession session = open(); // sits on 12/05/2026

        assertThat(session.propose(SessionFixtures.receivedOn("AAA-2026-0003", LocalDate.of(2026, 5, 13)), PILOT,
                NOW)).isEqualTo(new SessionOutcome.Invalid(java.util.List.of(new fr.essor.kit.domain.Violation("applicationId", "applicationId.receivedAfterSitting", "Le dossier AAA-2026-0003 a été "
                + "reçu le 13/05/2026, après la séance du 12/05/2026 : cette séance ne peut pas le voter."))));
        assertThat(changed(session.propose(SessionFixtures.receivedOn("AAA-2026-0003", LocalDate.of(2026, 5, 12)),
                PILOT, NOW)).agenda()).extracting(AgendaItem::applicationId).containsExactly("AAA-2026-0003");
    }

    @Test
    void aSessionDatedBeforeTheReceiptOfAFileOnItsAgendaIsNotClosedAndNamesTheFiles() {
        // an agenda written before the rule: the files are on it with their votes
        java.util.List<AgendaItem> agenda = java.util.List.of("AAA-2026-0001", "AAA-2026-0002", "AAA-2026-0003")
                .stream().map(id -> AgendaItem.of(proposed(id)).withVote(new Vote(true, new BigDecimal("15000.00"),
                        "Utile", "dmta", NOW))).toList();
        VotingSession session = new VotingSession("SEANCE-2026-01", 2026, LocalDate.of(2026, 5, 12),
                "CD-2026-05-12-0087", agenda, false, 4, NOW, "dmta", NOW, "dmta");

        SessionOutcome dayAfter = session.close(EPTS, java.util.List.of(proposed("AAA-2026-0001"),
                SessionFixtures.receivedOn("AAA-2026-0002", LocalDate.of(2026, 5, 13)),
                SessionFixtures.receivedOn("AAA-2026-0003", LocalDate.of(2026, 6, 2))), PILOT, NOW);
        SessionOutcome oneFile = session.close(EPTS, java.util.List.of(
                SessionFixtures.receivedOn("AAA-2026-0002", LocalDate.of(2026, 5, 13))), PILOT, NOW);
        SessionOutcome sameDay = session.close(EPTS, java.util.List.of(proposed("AAA-2026-0001"),
                SessionFixtures.receivedOn("AAA-2026-0002", LocalDate.of(2026, 5, 12)),
                SessionFixtures.receivedOn("AAA-2026-0003", LocalDate.of(2026, 5, 12))), PILOT, NOW);

        assertThat(dayAfter).isEqualTo(new SessionOutcome.Invalid(java.util.List.of(new fr.essor.kit.domain.Violation("sittingOn", "sittingOn.beforeReceipt", "La séance du 12/05/2026 précède la réception des "
                + "dossiers AAA-2026-0002 (reçu le 13/05/2026), AAA-2026-0003 (reçu le 02/06/2026) : retirez-les de "
                + "l'ordre du jour pour clore la séance."))));
        assertThat(oneFile).isInstanceOfSatisfying(SessionOutcome.Invalid.class, invalid -> assertThat(
                invalid.violations().getFirst().message()).isEqualTo("La séance du 12/05/2026 précède la réception "
                + "du dossier AAA-2026-0002 (reçu le 13/05/2026) : retirez-le de l'ordre du jour pour clore la "
                + "séance."));
        assertThat(sameDay).isInstanceOfSatisfying(SessionOutcome.Changed.class, closed ->
                assertThat(closed.session().closed()).isTrue());
    }
}
