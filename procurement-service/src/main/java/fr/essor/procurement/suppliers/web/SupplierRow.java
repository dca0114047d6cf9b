package fr.essor.procurement.suppliers.web;

import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.web.FrenchFormats;
import fr.essor.procurement.suppliers.domain.CpvDivisions;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierCategory;
import fr.essor.procurement.suppliers.domain.SupplierDetails;

import java.util.List;

/** A supplier prepared for the pages: French labels and amounts. */
record SupplierRow(String siret, String name, String legalForm, String kind, List<String> categories,
                   String commune, List<String> sectors, String territories, String workforce, String capacity,
                   String description, String updated, List<HeldRow> contracts) {

    record HeldRow(String id, String object, String reservation, String amount, String notifiedOn) {
    }

    static SupplierRow of(Supplier supplier, List<Contract> held) {
        OrganisationDetails o = supplier.organisation().details();
        SupplierDetails d = supplier.profile().details();
        return new SupplierRow(supplier.siret(), o.name(), o.legalForm().label(),
                o.inclusionType() == null ? "—" : o.inclusionType().name() + " — " + o.inclusionType().label(),
                supplier.categories().stream().sorted().map(SupplierCategory::label).toList(),
                o.commune().name() + " (" + o.commune().territory().name() + ")",
                d.sectors().stream().map(s -> s + " — " + CpvDivisions.label(s).orElse(s)).toList(),
                String.join(", ", d.territories()),
                d.workforce() == null ? "—" : d.workforce() + " personnes",
                d.maxContractAmount() == null ? "—" : FrenchFormats.euros(d.maxContractAmount()),
                d.description() == null ? "" : d.description(),
                FrenchFormats.dateTime(supplier.profile().updatedAt()) + " par " + supplier.profile().updatedBy(),
                held.stream().map(c -> new HeldRow(c.id(), c.terms().object(), c.terms().reservation().label(),
                        FrenchFormats.euros(c.award().holders().stream()
                                .filter(h -> h.siret().equals(supplier.siret())).findFirst()
                                .map(h -> h.amount()).orElse(null)),
                        FrenchFormats.date(c.award().notifiedOn()))).toList());
    }
}
