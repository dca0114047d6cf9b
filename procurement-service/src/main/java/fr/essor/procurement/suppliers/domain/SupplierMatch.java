package fr.essor.procurement.suppliers.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A directory supplier that could answer a purchase or a sourcing need. The one matching rule of the service: a
 * supplier matches when it works in the CPV division and serves the territory (any territory for a purchase over the
 * whole département); it "has the capacity" when it declared a largest contract amount at least the amount asked.
 * One that declared none still matches, capacity unknown.
 *
 * @param capacity the largest contract it declared it can take on, {@code null} when unknown
 */
public record SupplierMatch(String siret, String name, Set<SupplierCategory> categories, BigDecimal capacity,
                            boolean hasCapacity) {

    public SupplierMatch {
        categories = Set.copyOf(categories);
    }

    /**
     * The suppliers of the directory matching a division and a territory, those with the capacity first, then by name.
     *
     * @param territoryCode an EPT code, {@code null} for the whole département
     * @param amount        the amount a supplier must be able to take on
     */
    public static List<SupplierMatch> among(List<Supplier> directory, String division, String territoryCode,
                                            BigDecimal amount) {
        return directory.stream()
                .filter(s -> s.profile().details().sectors().contains(division))
                .filter(s -> territoryCode == null || s.profile().details().territories().contains(territoryCode))
                .map(s -> {
                    BigDecimal capacity = s.profile().details().maxContractAmount();
                    return new SupplierMatch(s.siret(), s.name(), s.categories(), capacity,
                            capacity != null && capacity.compareTo(amount) >= 0);
                })
                .sorted(Comparator.comparing(SupplierMatch::hasCapacity).reversed()
                        .thenComparing(SupplierMatch::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean isSiae() {
        return categories.contains(SupplierCategory.SIAE);
    }

    public boolean isDisabilityEmployer() {
        return categories.contains(SupplierCategory.EA) || categories.contains(SupplierCategory.ESAT);
    }
}
