package fr.essor.procurement.sourcing.domain;

import java.time.Instant;

/** An organisation of the registry (by SIRET or RNA) that took part in a meeting; never a person. */
public record Participant(String organisationId, String name, Instant addedAt, String addedBy) {
}
