package fr.essor.kit.organisations.domain;

import java.time.Instant;

public record OrganisationUpdated(String eventId, String organisationId, long version, OrganisationDetails details,
                                  Instant occurredAt, String recordedBy) implements OrganisationEvent {
}
