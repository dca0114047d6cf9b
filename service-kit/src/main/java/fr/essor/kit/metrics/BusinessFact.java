package fr.essor.kit.metrics;

import java.util.Objects;

/**
 * A fact a service counts for the business dashboard: each committed event of {@code type} adds one to
 * {@code counter}, and, when {@link #summing} names a numeric payload field, its value to a second counter (euros,
 * hours, m²). Names are Micrometer names ({@code essor.business.grants.awarded} is scraped as
 * {@code essor_business_grants_awarded_total}; never end one in {@code .created} or {@code .info}, which the Prometheus
 * naming strips); ops-tests reads them from the services' code.
 */
public record BusinessFact(String type, String counter, String description, String amountField,
                           String amountCounter, String amountDescription) {

    public BusinessFact {
        Objects.requireNonNull(type);
        Objects.requireNonNull(counter);
    }

    /** Counts each committed event of this type (its full CloudEvents type, e.g. {@code fr.essor.funding.grant-awarded.v1}). */
    public static BusinessFact counting(String type, String counter, String description) {
        return new BusinessFact(type, counter, description, null, null, null);
    }

    /** Also adds the payload's numeric {@code field} to {@code amountCounter}. */
    public BusinessFact summing(String field, String amountCounter, String amountDescription) {
        return new BusinessFact(type, counter, description, field, amountCounter, amountDescription);
    }
}
