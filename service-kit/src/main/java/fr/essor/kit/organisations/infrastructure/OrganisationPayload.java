package fr.essor.kit.organisations.infrastructure;

/**
 * The payload of {@code organisation-registered.v1} and {@code organisation-updated.v1}, as fixed by
 * {@code contracts/schemas}. Owned by the producing side; consumers keep their own tolerant reader.
 */
record OrganisationPayload(String eventId, String organisationId, long version, String siret, String rna,
                           String name, String legalForm, boolean esus, String inclusionType, String communeInsee,
                           String communeName, String territoryCode, String territoryName, String registeredAs,
                           String occurredAt, String recordedBy) {
}
