package fr.essor.procurement.plan.web;

import fr.essor.procurement.plan.application.InclusivePotentials.Assessed;
import fr.essor.procurement.plan.domain.InclusivePotential;
import fr.essor.procurement.plan.domain.PurchaseTerms;
import fr.essor.procurement.plan.domain.Recommendation;
import fr.essor.procurement.suppliers.domain.SupplierCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A planned purchase on the API, with its inclusive potential and the recommendation with its rule. */
record PlannedPurchaseView(String id, String buyerDirectorate, String object, String cpvCode,
                           BigDecimal estimatedAmount, LocalDate expectedOn, String territoryCode,
                           PotentialView inclusivePotential, RecommendationView recommendation, Instant createdAt,
                           String createdBy, Instant updatedAt, String updatedBy) {

    record PotentialView(String cpvDivision, String territoryCode, int matchingSuppliers, int siae,
                         int siaeWithCapacity, int disabilityEmployers, int disabilityEmployersWithCapacity,
                         int essWithCapacity, List<SupplierView> suppliers) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "SuggestedSupplierView")
    record SupplierView(String siret, String name, List<String> categories, BigDecimal capacity,
                        boolean hasCapacity) {
    }

    record RecommendationView(String kind, String label, String reservation, String rule, String reason) {
    }

    static PlannedPurchaseView of(Assessed assessed) {
        PurchaseTerms t = assessed.purchase().terms();
        InclusivePotential p = assessed.potential();
        Recommendation r = assessed.recommendation();
        return new PlannedPurchaseView(assessed.purchase().id(), t.buyerDirectorate(), t.object(),
                t.cpvCode().value(), t.estimatedAmount(), t.expectedOn(), t.territoryCode(),
                new PotentialView(p.division(), p.territoryCode(), p.count(), p.siae(), p.siaeWithCapacity(),
                        p.disabilityEmployers(), p.disabilityEmployersWithCapacity(), p.essWithCapacity(),
                        p.suppliers().stream().map(s -> new SupplierView(s.siret(), s.name(),
                                s.categories().stream().sorted().map(SupplierCategory::name).toList(), s.capacity(),
                                s.hasCapacity())).toList()),
                new RecommendationView(r.kind().name(), r.kind().label(), r.reservation().code(), r.rule(),
                        r.reason()),
                assessed.purchase().createdAt(), assessed.purchase().createdBy(), assessed.purchase().updatedAt(),
                assessed.purchase().updatedBy());
    }
}
