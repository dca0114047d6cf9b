package fr.essor.procurement.suppliers.web;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierCategory;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierFacts;
import fr.essor.procurement.suppliers.domain.SupplierProfile;

import java.math.BigDecimal;
import java.util.List;

/** A supplier prepared for the pages: French labels and amounts, with the grants and premises reported. */
record SupplierRow(String siret, String name, String legalForm, String kind, List<String> categories,
                   String commune, List<String> sectors, String territories, String workforce, String capacity,
                   String description, String updated, List<HeldRow> contracts, List<GrantRow> grants,
                   List<PremisesRow> premises, boolean described) {

    record HeldRow(String id, String object, String reservation, String amount, String notifiedOn) {
    }

    record GrantRow(int year, String projectTitle, String amount, String decidedOn) {
    }

    record PremisesRow(String surface, String commune, String period) {
    }

    static SupplierRow of(Supplier supplier, List<Contract> held, SupplierFacts facts, Communes communes) {
        OrganisationDetails o = supplier.organisation().details();
        SupplierDetails d = supplier.profile().details();
        return new SupplierRow(supplier.siret(), o.name(), o.legalForm().label(),
                o.inclusionType() == null ? "—" : o.inclusionType().name() + " — " + o.inclusionType().label(),
                supplier.categories().stream().sorted().map(SupplierCategory::label).toList(),
                o.commune().name() + " (" + o.commune().territory().name() + ")",
                d.sectors().stream().map(s -> s + " — " + CpvDivisions.label(s).orElse(s)).toList(),
                String.join(", ", d.territories().stream().map(code -> communes.territories().stream()
                        .filter(t -> t.code().equals(code)).findFirst().map(t -> t.name() + " (" + code + ")")
                        .orElse(code)).toList()),
                d.workforce() == null ? "—" : d.workforce() + " personnes",
                d.maxContractAmount() == null ? "—" : FrenchFormat.euros(d.maxContractAmount()),
                d.description() == null ? "" : d.description(),
                FrenchFormat.dateTime(supplier.profile().updatedAt()) + " par " + supplier.profile().updatedBy(),
                held.stream().map(c -> new HeldRow(c.id(), c.terms().object(), c.terms().reservation().label(),
                        FrenchFormat.euros(c.award().holders().stream()
                                .filter(h -> h.siret().equals(supplier.siret())).findFirst()
                                .map(h -> h.amount()).orElse(null)),
                        FrenchFormat.date(c.award().notifiedOn()))).toList(),
                facts.grants().stream().map(g -> new GrantRow(g.year(), g.projectTitle(),
                        FrenchFormat.euros(g.amount()), FrenchFormat.date(g.decidedOn()))).toList(),
                facts.premises().stream().map(p -> new PremisesRow(squareMetres(p.surface()),
                        communes.find(p.communeInsee()).map(m -> m.name() + " (" + m.territory().name() + ")")
                                .orElse(p.communeInsee()),
                        p.endDate() == null ? "depuis le " + FrenchFormat.date(p.startDate())
                                : "du " + FrenchFormat.date(p.startDate()) + " au " + FrenchFormat.date(p.endDate())))
                        .toList(), true);
    }

    /**
     * An organisation of the registry that won contracts but whose supplier profile nobody described yet: its page
     * shows what the registry and the contracts say, and says the profile is missing (never a 404 from the
     * contract's awardee link).
     */
    static SupplierRow undescribed(Organisation organisation, String siret, List<Contract> held, SupplierFacts facts,
                                   Communes communes) {
        SupplierProfile none = SupplierProfile.undescribed(siret, organisation.registeredAt());
        SupplierRow row = of(new Supplier(organisation, none), held, facts, communes);
        return new SupplierRow(row.siret(), row.name(), row.legalForm(), row.kind(), row.categories(), row.commune(),
                List.of(), "—", "—", "—", "", "Profil fournisseur pas encore décrit", row.contracts(), row.grants(),
                row.premises(), false);
    }

    static String squareMetres(BigDecimal surface) {
        return surface == null ? "—" : FrenchFormat.number(surface, "#,##0.##") + " m²";
    }
}
