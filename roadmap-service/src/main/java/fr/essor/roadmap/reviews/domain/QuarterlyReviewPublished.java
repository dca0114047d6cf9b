package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.ActionStatus;

import java.time.Instant;
import java.util.List;

/**
 * A quarterly review was published (as {@code quarterly-review-published.v1}): the status and progress it retained
 * for each action, whether its lead directorate updated it and whether it reported blocking points. The comments
 * stay in the service: they are working notes, not open data.
 */
public record QuarterlyReviewPublished(String eventId, String reviewId, long version, int year, int quarter,
                                       Instant periodStart, Instant consolidatedAt, List<ActionOutcome> actions,
                                       Instant occurredAt, String recordedBy) {

    public QuarterlyReviewPublished {
        actions = List.copyOf(actions);
    }

    public record ActionOutcome(String actionCode, ActionStatus status, int progress, boolean updated,
                                boolean blocked) {
    }
}
