package fr.essor.procurement.plan.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.plan.application.InclusivePotentials.Assessed;
import fr.essor.procurement.plan.domain.InclusivePotential;
import fr.essor.procurement.plan.domain.PurchaseTerms;
import fr.essor.procurement.plan.domain.Recommendation;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.SupplierCategory;

import java.util.List;
import java.util.stream.Collectors;

/** A planned purchase as the pages show it, in French. */
record PurchaseRow(String id, String directorate, String object, String cpvCode, String division, String amount,
                   String expectedOn, String territory, int matching, int siae, int disabilityEmployers,
                   String recommendation, String article, String rule, String reason, boolean recommended,
                   List<SupplierLine> suppliers, String updated) {

    record SupplierLine(String siret, String name, String categories, String capacity, boolean hasCapacity) {
    }

    static PurchaseRow of(Assessed assessed) {
        PurchaseTerms t = assessed.purchase().terms();
        InclusivePotential p = assessed.potential();
        Recommendation r = assessed.recommendation();
        return new PurchaseRow(assessed.purchase().id(), t.buyerDirectorate(), t.object(), t.cpvCode().value(),
                p.division() + " — " + CpvDivisions.label(p.division()).orElse("division inconnue"),
                FrenchFormat.euros(t.estimatedAmount()), FrenchFormat.date(t.expectedOn()),
                t.territoryCode() == null ? "Tout le département" : t.territoryCode(), p.count(), p.siae(),
                p.disabilityEmployers(), r.kind().label(), r.reservation().reserved() ? r.reservation().code() : "",
                r.rule(), r.reason(), r.kind() != fr.essor.procurement.plan.domain.RecommendationKind.NONE,
                p.suppliers().stream().map(s -> new SupplierLine(s.siret(), s.name(),
                        s.categories().stream().sorted().map(SupplierCategory::label)
                                .collect(Collectors.joining(", ")),
                        s.capacity() == null ? "Non déclarée" : FrenchFormat.euros(s.capacity()),
                        s.hasCapacity())).toList(),
                FrenchFormat.dateTime(assessed.purchase().updatedAt()) + " par " + assessed.purchase().updatedBy());
    }
}
