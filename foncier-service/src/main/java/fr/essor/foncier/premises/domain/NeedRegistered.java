package fr.essor.foncier.premises.domain;

import java.time.Instant;

/** A premises need was registered for an organisation (version 1, status open). */
public record NeedRegistered(String eventId, String needId, long version, OrganisationRef organisation,
                             NeedDetails details, Instant occurredAt, String recordedBy) {
}
