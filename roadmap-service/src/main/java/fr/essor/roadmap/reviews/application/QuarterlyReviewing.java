package fr.essor.roadmap.reviews.application;

import fr.essor.kit.security.Actor;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.reviews.domain.Quarter;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.ReviewOutcome;
import fr.essor.roadmap.reviews.domain.UpdateRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The use cases of the quarterly review: open it, submit a lead directorate's update, consolidate, publish. Each
 * loads the review, asks it for one change and saves it once (with its fact when published).
 */
public class QuarterlyReviewing {

    private final Reviews reviews;
    private final Actions actions;
    private final Clock clock;
    private final Supplier<String> eventIds;

    public QuarterlyReviewing(Reviews reviews, Actions actions, Clock clock) {
        this(reviews, actions, clock, () -> UUID.randomUUID().toString());
    }

    public QuarterlyReviewing(Reviews reviews, Actions actions, Clock clock, Supplier<String> eventIds) {
        this.reviews = reviews;
        this.actions = actions;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** The outcome of a use case: the domain's, or why the review could not even be asked. */
    public sealed interface Result {
    }

    public record Done(ReviewOutcome outcome) implements Result {
    }

    public record Unknown(String id) implements Result {
    }

    public record AlreadyOpened(String id) implements Result {
    }

    public Result open(Quarter quarter, Actor actor) {
        if (reviews.find(quarter.id()).isPresent()) {
            return new AlreadyOpened(quarter.id());
        }
        Optional<QuarterlyReview> previous = reviews.all().stream()
                .filter(r -> r.quarter().compareTo(quarter) < 0)
                .max(Comparator.comparing(QuarterlyReview::quarter));
        ReviewOutcome outcome = QuarterlyReview.open(quarter, actions.all(), previous,
                ActionTracking.editor(actor), clock.instant());
        if (outcome instanceof ReviewOutcome.Changed changed) {
            try {
                reviews.add(changed.review());
            } catch (Reviews.AlreadyOpenedException raced) {
                return new AlreadyOpened(quarter.id());
            }
        }
        return new Done(outcome);
    }

    public Result submit(String reviewId, UpdateRequest request, Actor actor) {
        return apply(reviewId, (review, at) -> review.submit(request, ActionTracking.editor(actor), at));
    }

    public Result consolidate(String reviewId, Actor actor) {
        return apply(reviewId, (review, at) -> review.consolidate(ActionTracking.editor(actor), at));
    }

    public Result publish(String reviewId, Actor actor) {
        return apply(reviewId, (review, at) -> review.publish(ActionTracking.editor(actor), at, eventIds.get()));
    }

    private Result apply(String reviewId, BiFunction<QuarterlyReview, Instant, ReviewOutcome> change) {
        return reviews.find(reviewId).<Result>map(review -> {
            ReviewOutcome outcome = change.apply(review, clock.instant());
            if (outcome instanceof ReviewOutcome.Changed changed) {
                reviews.save(changed.review(), review.version(), changed.published());
            }
            return new Done(outcome);
        }).orElseGet(() -> new Unknown(reviewId));
    }
}
