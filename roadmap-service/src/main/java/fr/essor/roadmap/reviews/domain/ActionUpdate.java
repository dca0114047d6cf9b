package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.ActionStatus;

import java.time.Instant;

/**
 * What a lead directorate declares about one of its actions for the review: status, progress, comment and blocking
 * points ({@code null} when none), with who submitted it and when. A new submission replaces the previous one.
 */
public record ActionUpdate(String actionCode, ActionStatus status, int progress, String comment,
                           String blockingPoints, Instant submittedAt, String submittedBy) {

    public boolean hasBlockingPoints() {
        return blockingPoints != null && !blockingPoints.isBlank();
    }
}
