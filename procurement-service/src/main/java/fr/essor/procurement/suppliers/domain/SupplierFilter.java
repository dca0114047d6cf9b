package fr.essor.procurement.suppliers.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Filters of the supplier directory; a null filter lets everything through.
 *
 * @param sector      a CPV division the supplier works in
 * @param territory   an EPT the supplier serves
 * @param minCapacity the contract amount the supplier must be able to take on (unknown capacities pass)
 * @param text        part of the supplier's name
 */
public record SupplierFilter(String sector, String territory, SupplierCategory category, String inclusionType,
                             BigDecimal minCapacity, String text) {

    public static SupplierFilter none() {
        return new SupplierFilter(null, null, null, null, null, null);
    }

    public boolean matches(Supplier supplier) {
        SupplierDetails details = supplier.profile().details();
        if (sector != null && !details.sectors().contains(sector)) {
            return false;
        }
        if (territory != null && !details.territories().contains(territory)) {
            return false;
        }
        if (category != null && !supplier.categories().contains(category)) {
            return false;
        }
        var type = supplier.organisation().details().inclusionType();
        if (inclusionType != null && (type == null || !type.name().equalsIgnoreCase(inclusionType))) {
            return false;
        }
        if (minCapacity != null && details.maxContractAmount() != null
                && details.maxContractAmount().compareTo(minCapacity) < 0) {
            return false;
        }
        return text == null || supplier.name().toLowerCase(Locale.FRENCH).contains(text.toLowerCase(Locale.FRENCH));
    }
}
