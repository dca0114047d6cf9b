package fr.essor.procurement.suppliers.domain;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;

import java.util.Set;

/** A supplier of the directory: an organisation of the registry and the profile buyers search on. */
public record Supplier(Organisation organisation, SupplierProfile profile) {

    public String siret() {
        return profile.siret();
    }

    public String name() {
        return organisation.details().name();
    }

    public Set<SupplierCategory> categories() {
        OrganisationDetails d = organisation.details();
        return SupplierCategory.of(d.inclusionType(), d.legalForm(), d.esus());
    }
}
