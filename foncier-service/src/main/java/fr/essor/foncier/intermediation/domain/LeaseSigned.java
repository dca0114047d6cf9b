package fr.essor.foncier.intermediation.domain;

import java.time.Instant;

/** The organisation signed a lease for the offer: the need is satisfied and the premises are let. */
public record LeaseSigned(String eventId, String intermediationId, Lease lease, Premises premises,
                          Instant occurredAt, String recordedBy) implements IntermediationEvent {
}
