package fr.essor.foncier.hub.domain;

import java.time.Instant;

/** The occupant left the space; {@code space} is the space after it. */
public record SpaceVacated(String eventId, Space space, Allocation allocation, Instant occurredAt,
                           String recordedBy) implements SpaceEvent {
}
