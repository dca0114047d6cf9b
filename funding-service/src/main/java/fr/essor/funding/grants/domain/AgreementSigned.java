package fr.essor.funding.grants.domain;

import java.time.Instant;

/** The agreement (convention) of a grant was signed by both parties (the file as it is right after it). */
public record AgreementSigned(String eventId, GrantFile file, Instant occurredAt, String recordedBy)
        implements GrantEvent {
}
