package fr.essor.roadmap.directory.domain;

import java.time.Instant;
import java.util.List;

/**
 * An ESS organisation in the consolidated 360° directory, built only from the facts other services publish:
 * who it is, where (commune and EPT), and which services know it in which role.
 */
public record DirectoryEntry(String organisationId, String siret, String rna, String name, String legalForm,
                             boolean esus, String inclusionType, String communeInsee, String communeName,
                             String territoryCode, String territoryName, Instant updatedAt,
                             List<Acquaintance> knownBy) {
}
