package fr.essor.roadmap.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.OrganisationDealings;

import java.time.Instant;
import java.util.List;

/** A directory entry as the API shows it; one organisation read alone also shows its 360° {@code dealings}. */
record DirectoryEntryView(String organisationId, String siret, String rna, String name, String legalForm,
                          boolean esus, String inclusionType, Commune commune, Territory territory,
                          List<KnownBy> knownBy, Instant updatedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) DealingsView dealings) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "DirectoryCommune")
    record Commune(String inseeCode, String name) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DirectoryTerritory")
    record Territory(String code, String name) {
    }

    record KnownBy(String service, String role, String roleLabel, long version, Instant lastChangeAt) {
    }

    static DirectoryEntryView of(DirectoryEntry entry, OrganisationDealings dealings) {
        DirectoryEntryView view = of(entry);
        return new DirectoryEntryView(view.organisationId(), view.siret(), view.rna(), view.name(), view.legalForm(),
                view.esus(), view.inclusionType(), view.commune(), view.territory(), view.knownBy(),
                view.updatedAt(), DealingsView.of(dealings));
    }

    static DirectoryEntryView of(DirectoryEntry entry) {
        return new DirectoryEntryView(entry.organisationId(), entry.siret(), entry.rna(), entry.name(),
                entry.legalForm(), entry.esus(), entry.inclusionType(),
                new Commune(entry.communeInsee(), entry.communeName()),
                new Territory(entry.territoryCode(), entry.territoryName()),
                entry.knownBy().stream().map(a -> new KnownBy(a.service(), a.relationship().code(),
                        a.relationship().label(), a.version(), a.lastChangeAt())).toList(),
                entry.updatedAt(), null);
    }
}
