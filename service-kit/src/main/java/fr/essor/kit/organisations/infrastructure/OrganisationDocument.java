package fr.essor.kit.organisations.infrastructure;

import java.time.Instant;

/** How an organisation is stored (collection {@code organisations}); its outbox lives in the same document. */
record OrganisationDocument(String id, String siret, String rna, String name, String legalForm, boolean esus,
                            String inclusionType, String communeInsee, String communeName, String territoryCode,
                            String territoryName, long version, Instant registeredAt, String registeredBy,
                            Instant updatedAt, String updatedBy) {
}
