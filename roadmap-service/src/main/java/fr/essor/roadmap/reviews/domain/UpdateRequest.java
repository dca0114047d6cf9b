package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.ActionStatus;

/** An update a lead directorate submits for one action; {@code status} or {@code progress} null when not given. */
public record UpdateRequest(String actionCode, ActionStatus status, Integer progress, String comment,
                            String blockingPoints) {
}
