package fr.essor.foncier.intermediation.domain;

import java.time.Instant;

/** A lease found through the cell ended, at its term or early: the premises are free again. */
public record LeaseEnded(String eventId, String intermediationId, Lease lease, Premises premises,
                         Instant occurredAt, String recordedBy) implements IntermediationEvent {
}
