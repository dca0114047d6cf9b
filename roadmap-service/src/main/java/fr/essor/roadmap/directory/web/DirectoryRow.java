package fr.essor.roadmap.directory.web;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.roadmap.directory.domain.DirectoryEntry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A directory entry prepared for the pages: French labels and dates, no logic left for the template. */
record DirectoryRow(String id, String identifier, String siret, String rna, String name, String legalFormLabel,
                    String esusLabel, String inclusionLabel, String communeName, String communeInsee,
                    String territoryLabel, List<String> roles, String updatedAt) {

    private static final DateTimeFormatter FRENCH_DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    static DirectoryRow of(DirectoryEntry entry) {
        String legalForm = LegalForm.parse(entry.legalForm()).map(LegalForm::label).orElse(entry.legalForm());
        String inclusion = entry.inclusionType() == null ? "—"
                : InclusionType.parse(entry.inclusionType()).map(t -> t.name() + " — " + t.label())
                .orElse(entry.inclusionType());
        return new DirectoryRow(entry.organisationId(), entry.siret() != null ? entry.siret() : entry.rna(),
                entry.siret(), entry.rna(), entry.name(), legalForm, entry.esus() ? "Oui" : "Non", inclusion,
                entry.communeName(), entry.communeInsee(),
                entry.territoryName() + " (" + entry.territoryCode() + ")",
                entry.knownBy().stream().map(a -> a.relationship().label()).sorted().toList(),
                entry.updatedAt() == null ? "" : FRENCH_DATE_TIME.format(entry.updatedAt()));
    }
}
