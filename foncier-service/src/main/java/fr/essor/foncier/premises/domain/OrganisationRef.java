package fr.essor.foncier.premises.domain;

/** The registered organisation a need belongs to: its registry id (SIRET or RNA) and its name when registered. */
public record OrganisationRef(String id, String name) {
}
