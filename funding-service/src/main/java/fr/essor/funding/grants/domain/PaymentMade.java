package fr.essor.funding.grants.domain;

import java.time.Instant;

/** A payment was made on a grant (the file as it is right after it). */
public record PaymentMade(String eventId, GrantFile file, Payment payment, Instant occurredAt, String recordedBy)
        implements GrantEvent {
}
