package fr.essor.roadmap.plan.domain;

import java.time.Instant;

/** The status of an action changed (published as {@code action-status-changed.v1}). */
public record ActionStatusChanged(String eventId, String actionCode, long version, ActionStatus previousStatus,
                                  ActionStatus status, int progress, Instant occurredAt, String recordedBy) {
}
