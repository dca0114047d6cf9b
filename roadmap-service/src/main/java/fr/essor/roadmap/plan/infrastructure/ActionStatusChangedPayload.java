package fr.essor.roadmap.plan.infrastructure;

/** The JSON payload of {@code action-status-changed.v1} (contracts/schemas/action-status-changed.v1.json). */
record ActionStatusChangedPayload(String eventId, String actionCode, long version, String previousStatus,
                                  String status, int progress, String occurredAt, String recordedBy) {
}
