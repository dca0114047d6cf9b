package fr.essor.funding.cpo.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The annual review of a CPO year: the report examined, whether the objectives are met enough to go on (favourable
 * releases that year's balance and the next year's tranche), a comment, who recorded it and when.
 */
public record AnnualReview(int year, LocalDate reviewedOn, boolean favourable, String comment, String recordedBy,
                           Instant recordedAt) {
}
