package fr.essor.kit.organisations.infrastructure;

import java.time.Instant;

/**
 * How an organisation is stored (collection {@code organisations}); its outbox lives in the same document.
 * {@code origin} is the CloudEvents source of the service whose fact made this version (this service's own for the
 * organisations changed here; absent on documents written before ADR-0021, all of them changed here). {@code nameKey}
 * is the name as searches compare it ({@link fr.essor.kit.organisations.domain.OrganisationQuery#nameKey}).
 */
record OrganisationDocument(String id, String siret, String rna, String name, String nameKey, String legalForm, boolean esus,
                            String inclusionType, String communeInsee, String communeName, String territoryCode,
                            String territoryName, long version, Instant registeredAt, String registeredBy,
                            Instant updatedAt, String updatedBy, String origin) {
}
