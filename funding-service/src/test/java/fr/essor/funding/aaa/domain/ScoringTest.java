package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static fr.essor.funding.aaa.domain.AaaFixtures.DJVA;
import static fr.essor.funding.aaa.domain.AaaFixtures.DTER;
import static fr.essor.funding.aaa.domain.AaaFixtures.NOW;
import static fr.essor.funding.aaa.domain.AaaFixtures.PILOT;
import static fr.essor.funding.aaa.domain.AaaFixtures.grid;
import static fr.essor.funding.aaa.domain.AaaFixtures.inState;
import static org.assertj.core.api.Assertions.assertThat;

/** Scoring on the call's weighted grid, and the conflict of interest that keeps a reviewer out. */
class ScoringTest {

    private static final Map<String, Integer> SCORES = Map.of("utilite-sociale", 5, "ancrage", 3, "viabilite", 1);

    @Test
    void theWeightedScoreIsTheWeightedMeanBroughtToTwenty() {
        // (3×5 + 2×3 + 1×1) / (6×5) × 20 = 22 / 30 × 20 = 14.666…
        assertThat(grid().weightedScore(SCORES)).isEqualByComparingTo("14.67");
        assertThat(grid().weightedScore(Map.of("utilite-sociale", 5, "ancrage", 5, "viabilite", 5)))
                .isEqualByComparingTo("20.00");
        assertThat(grid().weightedScore(Map.of("utilite-sociale", 0, "ancrage", 0, "viabilite", 0)))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void aReviewScoresEveryCriterionOfTheGridFromZeroToFiveAndNothingElse() {
        assertThat(grid().checkScores(Map.of("utilite-sociale", 6, "ancrage", 3, "hors-grille", 2)))
                .extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("scores.utilite-sociale", "scores.range"),
                        org.assertj.core.groups.Tuple.tuple("scores.viabilite", "scores.missing"),
                        org.assertj.core.groups.Tuple.tuple("scores.hors-grille", "scores.unknownCriterion"));
    }

    @Test
    void eachReviewerHasOneReviewAndTheAverageIsTheMeanOfTheirScores() {
        Application once = WorkflowTest.changed(inState(ApplicationStatus.UNDER_REVIEW).review(grid(), SCORES,
                "interne", "partagé", DJVA, NOW));
        Application again = WorkflowTest.changed(once.review(grid(),
                Map.of("utilite-sociale", 5, "ancrage", 5, "viabilite", 5), null, null, DJVA, NOW));
        Application twoReviewers = WorkflowTest.changed(again.review(grid(),
                Map.of("utilite-sociale", 4, "ancrage", 4, "viabilite", 4), null, "Bien", PILOT, NOW));

        assertThat(again.reviews()).singleElement().satisfies(r ->
                assertThat(r.weightedScore()).isEqualByComparingTo("20.00"));
        assertThat(twoReviewers.reviews()).extracting(Review::reviewer).containsExactly("djva", "dmta");
        assertThat(twoReviewers.averageScore()).hasValueSatisfying(avg -> assertThat(avg).isEqualByComparingTo("18.00"));
        assertThat(twoReviewers.history().getLast().note()).isEqualTo("Note pondérée 16.00 / 20");
    }

    @Test
    void onlyInstructorsOfTheApplicationScoreItAndOnlyWhileItIsInstructed() {
        assertThat(inState(ApplicationStatus.UNDER_REVIEW).review(grid(), SCORES, null, null, DTER, NOW))
                .isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(ApplicationStatus.PROPOSED_FOR_VOTE).review(grid(), SCORES, null, null, DJVA, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.NotAllowedNow.class, n ->
                        assertThat(n.code()).isEqualTo("review.notUnderReview"));
        assertThat(inState(ApplicationStatus.UNDER_REVIEW).review(grid(), Map.of("ancrage", 2), null, null, DJVA, NOW))
                .isInstanceOf(ApplicationOutcome.Invalid.class);
    }

    @Test
    void aDeclaredConflictOfInterestRemovesTheReviewAndKeepsTheReviewerOut() {
        Application reviewed = WorkflowTest.changed(inState(ApplicationStatus.UNDER_REVIEW).review(grid(), SCORES,
                null, null, DJVA, NOW));

        Application conflicted = WorkflowTest.changed(reviewed.declareConflict("Membre du bureau", DJVA, NOW));

        assertThat(conflicted.reviews()).isEmpty();
        assertThat(conflicted.averageScore()).isEmpty();
        assertThat(conflicted.conflicts()).containsExactly(new ConflictOfInterest("djva", "Membre du bureau", NOW));
        assertThat(conflicted.review(grid(), SCORES, null, null, DJVA, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Forbidden.class, f ->
                        assertThat(f.reason()).contains("conflit d'intérêts"));
        assertThat(conflicted.perform(WorkflowAction.REQUEST_TERRITORY_OPINION, TransitionRequest.because(null), DJVA,
                NOW)).isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(conflicted.declareConflict("encore", DJVA, NOW)).isInstanceOf(ApplicationOutcome.Unchanged.class);
        assertThat(reviewed.declareConflict(" ", DJVA, NOW)).isInstanceOf(ApplicationOutcome.Invalid.class);
    }

    @Test
    void aCommentOrAConflictReasonTooLongIsRefusedForItsLengthUnderItsOwnName() {
        assertThat(inState(ApplicationStatus.UNDER_REVIEW).review(grid(), SCORES, "ok", "x".repeat(4001), DJVA, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sharedComment", "sharedComment.too-long")));
        assertThat(inState(ApplicationStatus.UNDER_REVIEW).declareConflict("x".repeat(4001), DJVA, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("reason.too-long"));
    }

    @Test
    void aGridHasWeightedCriteriaWithDistinctCodes() {
        ScoringGrid broken = new ScoringGrid(List.of(new Criterion("a", "A", 0), new Criterion("a", "", 2),
                new Criterion("Pas Un Code", "C", 1)));
        assertThat(broken.check()).extracting(Violation::code)
                .containsExactlyInAnyOrder("grid.weight", "grid.duplicate", "grid.label", "grid.code");
        assertThat(new ScoringGrid(List.of()).check()).extracting(Violation::code).containsExactly("grid.size");
        assertThat(grid().check()).isEmpty();
        assertThat(grid().totalWeight()).isEqualTo(6);
        assertThat(new BigDecimal("14.67")).isEqualByComparingTo(grid().weightedScore(SCORES));
    }
}
