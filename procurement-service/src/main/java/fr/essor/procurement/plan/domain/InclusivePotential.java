package fr.essor.procurement.plan.domain;

import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierMatch;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The directory suppliers that could answer a planned purchase, by the matching rule of {@link SupplierMatch}
 * (its CPV division, its territory, capacity against the estimate), counted by kind for the recommendation.
 */
public record InclusivePotential(String division, String territoryCode, BigDecimal estimatedAmount,
                                 List<SupplierMatch> suppliers) {

    public InclusivePotential {
        suppliers = List.copyOf(suppliers);
    }

    public static InclusivePotential of(PurchaseTerms purchase, List<Supplier> directory) {
        String division = purchase.cpvCode().division();
        return new InclusivePotential(division, purchase.territoryCode(), purchase.estimatedAmount(),
                SupplierMatch.among(directory, division, purchase.territoryCode(), purchase.estimatedAmount()));
    }

    /** Every matching supplier: all are ESS organisations or inclusive employers of the registry. */
    public int count() {
        return suppliers.size();
    }

    public int siae() {
        return count(SupplierMatch::isSiae, false);
    }

    public int siaeWithCapacity() {
        return count(SupplierMatch::isSiae, true);
    }

    public int disabilityEmployers() {
        return count(SupplierMatch::isDisabilityEmployer, false);
    }

    public int disabilityEmployersWithCapacity() {
        return count(SupplierMatch::isDisabilityEmployer, true);
    }

    public int essWithCapacity() {
        return count(s -> true, true);
    }

    private int count(Predicate<SupplierMatch> kind, boolean withCapacity) {
        return (int) suppliers.stream().filter(kind).filter(s -> !withCapacity || s.hasCapacity()).count();
    }
}
