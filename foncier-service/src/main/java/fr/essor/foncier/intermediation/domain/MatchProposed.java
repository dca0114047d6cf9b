package fr.essor.foncier.intermediation.domain;

import java.time.Instant;

/** The cell proposed an offer to an organisation for one of its needs (version 1 of the intermediation). */
public record MatchProposed(String eventId, String intermediationId, long version, Premises premises, int score,
                            Instant occurredAt, String recordedBy) implements IntermediationEvent {
}
