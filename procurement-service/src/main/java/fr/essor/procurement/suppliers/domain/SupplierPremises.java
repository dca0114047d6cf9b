package fr.essor.procurement.suppliers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Premises an organisation leased through the intermediation cell, as foncier reported it ({@code lease-signed.v1}).
 *
 * @param version the lease's version the fact carries: a fact of a lower or equal version is not applied
 * @param endDate the lease's last day, {@code null} when open-ended
 */
public record SupplierPremises(String leaseId, long version, String organisationId, BigDecimal surface,
                               String communeInsee, LocalDate startDate, LocalDate endDate) {
}
