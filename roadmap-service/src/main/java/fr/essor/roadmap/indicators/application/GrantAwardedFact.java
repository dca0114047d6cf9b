package fr.essor.roadmap.indicators.application;

import java.math.BigDecimal;

/** The roadmap's tolerant reading of funding's {@code grant-awarded.v1}: only what the indicators use. */
public record GrantAwardedFact(String applicationId, long version, String programme, int callYear,
                               String organisationId, String organisationName, String projectTitle, BigDecimal amount,
                               String territoryCode, boolean qpv) {
}
