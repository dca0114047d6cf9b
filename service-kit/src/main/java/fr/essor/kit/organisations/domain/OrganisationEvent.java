package fr.essor.kit.organisations.domain;

import java.time.Instant;

/** The facts of the organisation registry: immutable, unique, carrying the aggregate id and version. */
public sealed interface OrganisationEvent permits OrganisationRegistered, OrganisationUpdated {

    String eventId();

    String organisationId();

    long version();

    OrganisationDetails details();

    Instant occurredAt();

    String recordedBy();
}
