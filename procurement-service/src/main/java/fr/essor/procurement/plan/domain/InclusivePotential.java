package fr.essor.procurement.plan.domain;

import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierCategory;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The directory suppliers that could answer a planned purchase: those working in its CPV division and serving its
 * territory (any territory for a purchase over the whole département). A supplier "has the capacity" when it declared
 * a largest contract amount at least the purchase's estimate; one that declared none still matches, capacity unknown.
 */
public record InclusivePotential(String division, String territoryCode, BigDecimal estimatedAmount,
                                 List<MatchingSupplier> suppliers) {

    public InclusivePotential {
        suppliers = List.copyOf(suppliers);
    }

    /** @param capacity the largest contract it declared it can take on, {@code null} when unknown */
    public record MatchingSupplier(String siret, String name, Set<SupplierCategory> categories, BigDecimal capacity,
                                   boolean hasCapacity) {

        boolean isSiae() {
            return categories.contains(SupplierCategory.SIAE);
        }

        boolean isDisabilityEmployer() {
            return categories.contains(SupplierCategory.EA) || categories.contains(SupplierCategory.ESAT);
        }
    }

    public static InclusivePotential of(PurchaseTerms purchase, List<Supplier> directory) {
        String division = purchase.cpvCode().division();
        List<MatchingSupplier> matching = directory.stream()
                .filter(s -> s.profile().details().sectors().contains(division))
                .filter(s -> purchase.territoryCode() == null
                        || s.profile().details().territories().contains(purchase.territoryCode()))
                .map(s -> {
                    BigDecimal capacity = s.profile().details().maxContractAmount();
                    return new MatchingSupplier(s.siret(), s.name(), s.categories(), capacity,
                            capacity != null && capacity.compareTo(purchase.estimatedAmount()) >= 0);
                })
                .sorted(Comparator.comparing(MatchingSupplier::hasCapacity).reversed()
                        .thenComparing(MatchingSupplier::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new InclusivePotential(division, purchase.territoryCode(), purchase.estimatedAmount(), matching);
    }

    /** Every matching supplier: all are ESS organisations or inclusive employers of the registry. */
    public int count() {
        return suppliers.size();
    }

    public int siae() {
        return count(MatchingSupplier::isSiae, false);
    }

    public int siaeWithCapacity() {
        return count(MatchingSupplier::isSiae, true);
    }

    public int disabilityEmployers() {
        return count(MatchingSupplier::isDisabilityEmployer, false);
    }

    public int disabilityEmployersWithCapacity() {
        return count(MatchingSupplier::isDisabilityEmployer, true);
    }

    public int essWithCapacity() {
        return count(s -> true, true);
    }

    private int count(Predicate<MatchingSupplier> kind, boolean withCapacity) {
        return (int) suppliers.stream().filter(kind).filter(s -> !withCapacity || s.hasCapacity()).count();
    }
}
