package fr.essor.procurement.suppliers.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a supplier offers, every field checked (see {@link SupplierProfileForm}).
 *
 * @param sectors           CPV divisions (2 digits), sorted
 * @param territories       EPT codes served (T6…T9), sorted
 * @param workforce         people employed (FTE), {@code null} when unknown
 * @param maxContractAmount the largest contract it can take on, in euros excluding VAT, {@code null} when unknown
 */
public record SupplierDetails(List<String> sectors, List<String> territories, Integer workforce,
                              BigDecimal maxContractAmount, String description) {

    public SupplierDetails {
        sectors = List.copyOf(sectors);
        territories = List.copyOf(territories);
    }
}
