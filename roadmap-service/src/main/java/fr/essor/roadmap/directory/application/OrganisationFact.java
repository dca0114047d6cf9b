package fr.essor.roadmap.directory.application;

/**
 * The roadmap's tolerant reading of {@code organisation-registered.v1} / {@code organisation-updated.v1}: only the
 * fields the directory uses; anything else a producer adds is ignored.
 */
public record OrganisationFact(String organisationId, long version, String siret, String rna, String name,
                               String legalForm, boolean esus, String inclusionType, String communeInsee,
                               String communeName, String territoryCode, String territoryName, String registeredAs,
                               String occurredAt, String recordedBy) {
}
