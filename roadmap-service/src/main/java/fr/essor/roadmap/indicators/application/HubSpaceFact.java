package fr.essor.roadmap.indicators.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The roadmap's tolerant reading of foncier's {@code hub-space-allocated.v1} and {@code hub-space-vacated.v1}. */
public record HubSpaceFact(String spaceId, long version, String spaceName, String organisationId,
                           String organisationName, BigDecimal surface, LocalDate startDate, LocalDate vacatedOn) {
}
