package fr.essor.procurement.plan.application;

import fr.essor.procurement.plan.domain.InclusivePotential;
import fr.essor.procurement.plan.domain.PlannedPurchase;
import fr.essor.procurement.plan.domain.Recommendation;
import fr.essor.procurement.plan.domain.RecommendationRules;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierFilter;

import java.util.List;
import java.util.Optional;

/**
 * The inclusive potential of planned purchases and what to do about it, read from the supplier directory as it is
 * now (not stored: a supplier described tomorrow changes today's recommendation).
 */
public class InclusivePotentials {

    private static final int DIRECTORY_LIMIT = 5000;

    private final PlannedPurchases purchases;
    private final SupplierDirectory directory;

    public InclusivePotentials(PlannedPurchases purchases, SupplierDirectory directory) {
        this.purchases = purchases;
        this.directory = directory;
    }

    public record Assessed(PlannedPurchase purchase, InclusivePotential potential, Recommendation recommendation) {
    }

    public Optional<Assessed> of(String id) {
        return purchases.find(id).map(purchase -> assess(purchase, directory.search(new SupplierFilter(
                purchase.terms().cpvCode().division(), purchase.terms().territoryCode(), null, null, null, null),
                DIRECTORY_LIMIT)));
    }

    /** The plan of one directorate, or of all when {@code null}, each purchase assessed. */
    public List<Assessed> planOf(String buyerDirectorate) {
        List<PlannedPurchase> plan = purchases.planOf(buyerDirectorate);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Supplier> suppliers = directory.search(SupplierFilter.none(), DIRECTORY_LIMIT);
        return plan.stream().map(purchase -> assess(purchase, suppliers)).toList();
    }

    public List<String> directorates() {
        return purchases.directorates();
    }

    private static Assessed assess(PlannedPurchase purchase, List<Supplier> suppliers) {
        InclusivePotential potential = InclusivePotential.of(purchase.terms(), suppliers);
        return new Assessed(purchase, potential, RecommendationRules.recommend(purchase.terms(), potential));
    }
}
