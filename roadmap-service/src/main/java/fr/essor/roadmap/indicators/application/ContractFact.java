package fr.essor.roadmap.indicators.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The roadmap's tolerant reading of procurement's {@code contract-awarded.v1} and {@code insertion-hours-reported.v1}
 * (one topic, one aggregate): the fields of the other type are null.
 */
public record ContractFact(String contractId, long version, String contractReference, String holderName,
                           String reservation, BigDecimal amount, BigDecimal insertionHoursPlanned,
                           String territoryCode, Integer year, String reportId, LocalDate periodStart,
                           LocalDate periodEnd, BigDecimal hours) {
}
