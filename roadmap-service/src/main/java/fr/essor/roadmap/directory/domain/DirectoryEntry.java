package fr.essor.roadmap.directory.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ESS organisation in the consolidated 360° directory, built only from the facts other services publish:
 * who it is, where (commune and EPT), and which services know it in which role.
 *
 * @param updatedAt     when the latest fact applied happened upstream
 * @param changedHereAt when this service applied a fact to the entry last ({@code null} for entries written before
 *                      it was kept)
 */
public record DirectoryEntry(String organisationId, String siret, String rna, String name, String legalForm,
                             boolean esus, String inclusionType, String communeInsee, String communeName,
                             String territoryCode, String territoryName, Instant updatedAt,
                             Instant changedHereAt, List<Acquaintance> knownBy) {

    /** Every identifier upstream facts may name the organisation by: its id, SIRET and RNA. */
    public Set<String> identifiers() {
        Set<String> identifiers = new LinkedHashSet<>();
        identifiers.add(organisationId);
        if (siret != null) {
            identifiers.add(siret);
        }
        if (rna != null) {
            identifiers.add(rna);
        }
        return identifiers;
    }
}
