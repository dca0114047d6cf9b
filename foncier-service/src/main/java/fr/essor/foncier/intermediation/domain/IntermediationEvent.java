package fr.essor.foncier.intermediation.domain;

import java.time.Instant;

/** The facts of an intermediation. */
public sealed interface IntermediationEvent permits MatchProposed, LeaseSigned, LeaseEnded {

    String eventId();

    Instant occurredAt();

    String recordedBy();
}
