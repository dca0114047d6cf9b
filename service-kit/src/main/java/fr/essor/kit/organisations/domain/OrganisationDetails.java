package fr.essor.kit.organisations.domain;

import fr.essor.kit.reference.Commune;

import java.util.Objects;

/** What is known of an organisation, every field already checked (see {@link OrganisationForm}). */
public record OrganisationDetails(Siret siret, Rna rna, String name, LegalForm legalForm, boolean esus,
                                  InclusionType inclusionType, Commune commune) {

    public OrganisationDetails {
        if (siret == null && rna == null) {
            throw new IllegalArgumentException("A SIRET or an RNA is required");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(commune, "commune");
    }

    /** The organisation's identity in Essor: its SIRET when it has one, else its RNA. */
    public String organisationId() {
        return siret != null ? siret.value() : rna.value();
    }
}
