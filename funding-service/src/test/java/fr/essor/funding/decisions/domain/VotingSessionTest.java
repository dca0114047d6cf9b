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
        VotingSession voted = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000.5"), "Utile",
                PILOT, NOW));
        assertThat(voted.item("AAA-2026-0001").orElseThrow().vote().amount()).isEqualTo(new BigDecimal("15000.50"));
    }

    @Test
    void aSessionClosesOnlyWhenEveryApplicationHasItsVote() {
        VotingSession session = changed(changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW))
                .propose(proposed("AAA-2026-0002"), PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000"), "Utile", PILOT, NOW));

        assertThat(open().close(EPTS, PILOT, NOW)).isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                refused -> assertThat(refused.code()).isEqualTo("session.emptyAgenda"));
        assertThat(session.close(EPTS, PILOT, NOW)).isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                refused -> assertThat(refused.message()).contains("AAA-2026-0002"));
    }

    @Test
    void closingPublishesOneLaureateListPerEptWithTheGrantedProjectsActingThereAndFixesTheVotes() {
        VotingSession session = changed(changed(open().propose(proposed("AAA-2026-0001"), PILOT, NOW))
                .propose(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.PROPOSED_FOR_VOTE, BONDY),
                        PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0001", true, new BigDecimal("15000"), "Utile", PILOT, NOW));
        session = changed(session.recordVote("AAA-2026-0002", false, null, "Budget fragile", PILOT, NOW));

        SessionOutcome.Changed closed = (SessionOutcome.Changed) session.close(EPTS, PILOT, NOW);

        assertThat(closed.session().closed()).isTrue();
        assertThat(closed.events()).extracting(LaureatesPublished::territoryCode).containsExactly("T6", "T7", "T8",
                "T9");
        assertThat(closed.events()).extracting(e -> e.laureates().stream().map(AgendaItem::applicationId).toList())
                .containsExactly(java.util.List.of("AAA-2026-0001"), java.util.List.of(),
                        java.util.List.of("AAA-2026-0001"), java.util.List.of());
        assertThat(closed.session().recordVote("AAA-2026-0001", false, null, "Revote", PILOT, NOW))
                .isInstanceOfSatisfying(SessionOutcome.NotAllowedNow.class,
                        refused -> assertThat(refused.code()).isEqualTo("session.closed"));
        assertThat(closed.session().close(EPTS, PILOT, NOW)).isInstanceOf(SessionOutcome.NotAllowedNow.class);
    }
}
