package fr.essor.foncier.hub.domain;

import java.time.Instant;

/** A space was allocated to an organisation; {@code version} is the space's after the allocation. */
public record SpaceAllocated(String eventId, Space space, Allocation allocation, Instant occurredAt,
                             String recordedBy) implements SpaceEvent {
}
