package fr.essor.roadmap.reviews;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionCode;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import fr.essor.kit.domain.Violation;
import fr.essor.roadmap.reviews.domain.ActionMove;
import fr.essor.roadmap.reviews.domain.Quarter;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.QuarterlyReviewPublished;
import fr.essor.roadmap.reviews.domain.ReviewOutcome;
import fr.essor.roadmap.reviews.domain.ReviewStatus;
import fr.essor.roadmap.reviews.domain.UpdateRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening, updating, consolidating and publishing a quarterly review; who may do what; what changed. */
class QuarterlyReviewTest {

    static final Instant NOW = Instant.parse("2026-07-08T08:00:00Z");
    static final Editor SENS = new Editor("sens", Set.of(Directorate.DIEESS), true);
    static final Editor DJVA = new Editor("djva", Set.of(Directorate.DJVA), false);
    static final Editor DTER = new Editor("dter", Set.of(Directorate.DTER), false);
    static final Quarter Q3 = new Quarter(2026, 3);

    private final Action ledByDjva = action("1.2.2", "Animer un chantier sur la subvention", Directorate.DJVA);
    private final Action ledByDter = action("2.1.1", "Accompagner la transition", Directorate.DTER);

    @Test
    void aQuarterIsWrittenAndReadAsYearDashTAndNumber() {
        assertThat(Quarter.parse("2026-T3")).contains(Q3);
        assertThat(Quarter.parse("2026-T5")).isEmpty();
        assertThat(Quarter.of(java.time.LocalDate.of(2026, 9, 30))).isEqualTo(Q3);
        assertThat(Q3.label()).isEqualTo("3e trimestre 2026");
        assertThat(new Quarter(2026, 1).label()).isEqualTo("1er trimestre 2026");
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(Q3.firstDay()).hasToString("2026-07-01");
        assertThat(Q3.lastDay()).hasToString("2026-09-30");
    }

    @Test
    void onlyTheSteeringOpensAReviewAndOnlyForAQuarterThatHasBegun() {
        assertThat(QuarterlyReview.open(Q3, List.of(ledByDjva), Optional.empty(), DJVA, NOW))
                .isInstanceOf(ReviewOutcome.Forbidden.class);
        assertThat(violations(QuarterlyReview.open(new Quarter(2026, 4), List.of(ledByDjva), Optional.empty(), SENS,
                NOW))).extracting(Violation::code).containsExactly("quarter.notStarted");

        QuarterlyReview review = opened();

        assertThat(review.id()).isEqualTo("2026-T3");
        assertThat(review.status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(review.actions()).extracting(a -> a.code() + " " + a.leadDirectorates())
                .containsExactly("1.2.2 [DJVA]", "2.1.1 [DTER]");
        assertThat(review.periodStart()).as("the first review covers its quarter from its first day")
                .isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
    }

    @Test
    void theNextReviewCoversWhatHappenedSinceThePreviousOneWasConsolidated() {
        QuarterlyReview q2 = changed(changed(QuarterlyReview.open(new Quarter(2026, 2), List.of(ledByDjva),
                Optional.empty(), SENS, NOW.minus(Duration.ofDays(95)))).consolidate(SENS,
                NOW.minus(Duration.ofDays(90))));

        QuarterlyReview q3 = changed(QuarterlyReview.open(Q3, List.of(ledByDjva), Optional.of(q2), SENS, NOW));

        assertThat(q3.periodStart()).isEqualTo(NOW.minus(Duration.ofDays(90)));
    }

    @Test
    void aLeadDirectorateUpdatesTheActionsItLeadsAndNoOther() {
        QuarterlyReview review = opened();
        UpdateRequest update = new UpdateRequest("1.2.2", ActionStatus.IN_PROGRESS, 40, "Atelier tenu en juin",
                null);

        QuarterlyReview updated = changed(review.submit(update, DJVA, NOW));
        ReviewOutcome byDter = review.submit(update, DTER, NOW);

        assertThat(updated.update("1.2.2")).hasValueSatisfying(u -> {
            assertThat(u.status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(u.progress()).isEqualTo(40);
            assertThat(u.comment()).isEqualTo("Atelier tenu en juin");
            assertThat(u.submittedBy()).isEqualTo("djva");
            assertThat(u.submittedAt()).isEqualTo(NOW);
        });
        assertThat(updated.version()).isEqualTo(review.version() + 1);
        assertThat(byDter).isInstanceOfSatisfying(ReviewOutcome.Forbidden.class,
                f -> assertThat(f.reason()).contains("1.2.2", "DJVA"));
        assertThat(review.submit(new UpdateRequest("9.9.9", ActionStatus.DONE, 100, null, null), SENS, NOW))
                .isInstanceOf(ReviewOutcome.Missing.class);
    }

    @Test
    void aNewUpdateReplacesThePreviousOneOfTheSameAction() {
        QuarterlyReview once = changed(opened().submit(new UpdateRequest("1.2.2", ActionStatus.IN_PROGRESS, 40,
                null, null), DJVA, NOW));
        QuarterlyReview twice = changed(once.submit(new UpdateRequest("1.2.2", ActionStatus.BLOCKED, 40, null,
                "Convention non signée"), DJVA, NOW.plusSeconds(60)));

        assertThat(twice.updates()).hasSize(1);
        assertThat(twice.update("1.2.2").orElseThrow().hasBlockingPoints()).isTrue();
    }

    @Test
    void anUpdateFollowsTheStatusRulesAndABlockedActionSaysWhatBlocksIt() {
        QuarterlyReview review = opened();

        assertThat(violations(review.submit(new UpdateRequest("1.2.2", ActionStatus.DONE, 60, null, null), DJVA,
                NOW))).extracting(Violation::code).containsExactly("progress.done");
        assertThat(violations(review.submit(new UpdateRequest("1.2.2", ActionStatus.BLOCKED, 30, "", "  "), DJVA,
                NOW))).extracting(Violation::code).containsExactly("blockingPoints.required");
        assertThat(violations(review.submit(new UpdateRequest("1.2.2", null, 130, null, null), DJVA, NOW)))
                .extracting(Violation::field).containsExactly("status", "progress");
    }

    @Test
    void consolidatingClosesTheUpdatesAndOnlyTheSteeringConsolidatesOrPublishes() {
        QuarterlyReview review = opened();
        assertThat(review.consolidate(DJVA, NOW)).isInstanceOf(ReviewOutcome.Forbidden.class);
        assertThat(violations(review.publish(SENS, NOW, "e1"))).extracting(Violation::code)
                .containsExactly("review.notConsolidated");

        QuarterlyReview consolidated = changed(review.consolidate(SENS, NOW.plusSeconds(3600)));

        assertThat(consolidated.status()).isEqualTo(ReviewStatus.CONSOLIDATED);
        assertThat(consolidated.consolidatedBy()).isEqualTo("sens");
        assertThat(violations(consolidated.submit(new UpdateRequest("1.2.2", ActionStatus.IN_PROGRESS, 40, null,
                null), DJVA, NOW))).extracting(Violation::code).containsExactly("review.closed");
        assertThat(consolidated.publish(DJVA, NOW, "e1")).isInstanceOf(ReviewOutcome.Forbidden.class);
    }

    @Test
    void publishingRetainsTheDeclaredUpdateOrTheActionAsItStoodAtTheOpening() {
        QuarterlyReview consolidated = changed(changed(opened().submit(new UpdateRequest("1.2.2",
                ActionStatus.BLOCKED, 25, "En attente", "Convention non signée"), DJVA, NOW))
                .consolidate(SENS, NOW.plusSeconds(3600)));

        ReviewOutcome outcome = consolidated.publish(SENS, NOW.plusSeconds(7200), "event-1");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Changed.class);
        ReviewOutcome.Changed published = (ReviewOutcome.Changed) outcome;
        assertThat(published.review().status()).isEqualTo(ReviewStatus.PUBLISHED);
        QuarterlyReviewPublished event = published.published().orElseThrow();
        assertThat(event.eventId()).isEqualTo("event-1");
        assertThat(event.reviewId()).isEqualTo("2026-T3");
        assertThat(event.version()).isEqualTo(published.review().version()).isEqualTo(4);
        assertThat(event.consolidatedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(event.actions()).containsExactly(
                new QuarterlyReviewPublished.ActionOutcome("1.2.2", ActionStatus.BLOCKED, 25, true, true),
                new QuarterlyReviewPublished.ActionOutcome("2.1.1", ActionStatus.PLANNED, 0, false, false));
        assertThat(violations(published.review().publish(SENS, NOW, "event-2"))).extracting(Violation::code)
                .containsExactly("review.alreadyPublished");
    }

    @Test
    void whatChangedIsTheStatusAndProgressMovesOfThePeriodFromTheActionsHistory() {
        Instant from = NOW.minus(Duration.ofDays(90));
        Action before = edit(ledByDjva, ActionStatus.IN_PROGRESS, 10, from.minus(Duration.ofDays(1)));
        Action moved = edit(edit(before, ActionStatus.IN_PROGRESS, 30, from.plus(Duration.ofDays(10))),
                ActionStatus.BLOCKED, 35, from.plus(Duration.ofDays(20)));
        Action backAndForth = edit(edit(ledByDter, ActionStatus.PAUSED, 0, from.plusSeconds(10)),
                ActionStatus.PLANNED, 0, from.plusSeconds(20));
        Action afterThePeriod = edit(action("3.1.1", "Plus tard", Directorate.DMTA), ActionStatus.IN_PROGRESS, 5,
                NOW.plusSeconds(1));

        List<ActionMove> moves = ActionMove.between(List.of(moved, backAndForth, afterThePeriod), from, NOW);

        assertThat(moves).hasSize(1);
        ActionMove move = moves.getFirst();
        assertThat(move.code()).isEqualTo("1.2.2");
        assertThat(move.statusBefore()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(move.statusAfter()).isEqualTo(ActionStatus.BLOCKED);
        assertThat(move.progressBefore()).isEqualTo(10);
        assertThat(move.progressAfter()).isEqualTo(35);
        assertThat(move.changedBy()).containsExactly("sens");
    }

    private QuarterlyReview opened() {
        return changed(QuarterlyReview.open(Q3, List.of(ledByDjva, ledByDter), Optional.empty(), SENS, NOW));
    }

    private static Action action(String code, String title, Directorate lead) {
        return Action.fromReference(new RoadmapReference.ReferenceAction(ActionCode.parse(code), title, Set.of(lead),
                List.of()), Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static Action edit(Action action, ActionStatus status, int progress, Instant at) {
        ActionOutcome outcome = action.edit(ActionEdit.statusAndProgress(status, progress), SENS, at);
        assertThat(outcome).isInstanceOf(ActionOutcome.Changed.class);
        return ((ActionOutcome.Changed) outcome).action();
    }

    private static QuarterlyReview changed(ReviewOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReviewOutcome.Changed.class);
        return ((ReviewOutcome.Changed) outcome).review();
    }

    private static List<Violation> violations(ReviewOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReviewOutcome.Refused.class);
        return ((ReviewOutcome.Refused) outcome).violations();
    }
}
