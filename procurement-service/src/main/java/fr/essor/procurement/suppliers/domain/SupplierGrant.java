package fr.essor.procurement.suppliers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant the Département awarded to an organisation, as funding reported it ({@code grant-awarded.v1}).
 *
 * @param version the application's version the fact carries: a fact of a lower or equal version is not applied
 */
public record SupplierGrant(String applicationId, long version, String organisationId, int year,
                            String projectTitle, BigDecimal amount, LocalDate decidedOn) {
}
