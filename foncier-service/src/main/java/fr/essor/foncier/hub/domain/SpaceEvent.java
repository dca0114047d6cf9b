package fr.essor.foncier.hub.domain;

import java.time.Instant;

/** The facts of a hub space. */
public sealed interface SpaceEvent permits SpaceAllocated, SpaceVacated {

    String eventId();

    Instant occurredAt();
}
