package fr.essor.kit.organisations.web;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;

import java.time.Instant;

/** An organisation as the API shows it. */
public record OrganisationView(String id, String siret, String rna, String name, String legalForm, boolean esus,
                               String inclusionType, String communeInsee, String communeName, String territoryCode,
                               String territoryName, long version, Instant registeredAt, String registeredBy,
                               Instant updatedAt, String updatedBy) {

    static OrganisationView of(Organisation organisation) {
        OrganisationDetails d = organisation.details();
        return new OrganisationView(organisation.id(), d.siret() == null ? null : d.siret().value(),
                d.rna() == null ? null : d.rna().value(), d.name(), d.legalForm().name(), d.esus(),
                d.inclusionType() == null ? null : d.inclusionType().name(), d.commune().inseeCode(),
                d.commune().name(), d.commune().territory().code(), d.commune().territory().name(),
                organisation.version(), organisation.registeredAt(), organisation.registeredBy(),
                organisation.updatedAt(), organisation.updatedBy());
    }
}
