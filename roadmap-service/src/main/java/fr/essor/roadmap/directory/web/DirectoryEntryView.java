package fr.essor.roadmap.directory.web;

import fr.essor.roadmap.directory.domain.DirectoryEntry;

import java.time.Instant;
import java.util.List;

/** A directory entry as the API shows it. */
record DirectoryEntryView(String organisationId, String siret, String rna, String name, String legalForm,
                          boolean esus, String inclusionType, Commune commune, Territory territory,
                          List<KnownBy> knownBy, Instant updatedAt) {

    record Commune(String inseeCode, String name) {
    }

    record Territory(String code, String name) {
    }

    record KnownBy(String service, String role, String roleLabel, long version, Instant lastChangeAt) {
    }

    static DirectoryEntryView of(DirectoryEntry entry) {
        return new DirectoryEntryView(entry.organisationId(), entry.siret(), entry.rna(), entry.name(),
                entry.legalForm(), entry.esus(), entry.inclusionType(),
                new Commune(entry.communeInsee(), entry.communeName()),
                new Territory(entry.territoryCode(), entry.territoryName()),
                entry.knownBy().stream().map(a -> new KnownBy(a.service(), a.relationship().code(),
                        a.relationship().label(), a.version(), a.lastChangeAt())).toList(),
                entry.updatedAt());
    }
}
