package fr.essor.roadmap.indicators.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The roadmap's tolerant reading of foncier's {@code lease-signed.v1} and {@code lease-ended.v1}. */
public record LeaseFact(String leaseId, long version, String organisationId, String organisationName,
                        String territoryCode, BigDecimal surface, LocalDate endedOn) {
}
