package fr.essor.procurement.clauses.infrastructure;

import java.math.BigDecimal;
import java.util.Map;

/** The payload of {@code insertion-hours-reported.v1} as fixed by {@code contracts/schemas}: counts, no person. */
record InsertionHoursReportedPayload(String eventId, String reportId, String contractId, long version,
                                     String periodStart, String periodEnd, String periodKind, BigDecimal hours,
                                     Map<String, BigDecimal> hoursByPublic, Map<String, Integer> peopleByPublic,
                                     String buyerDirectorate, String territoryCode, String occurredAt,
                                     String recordedBy) {
}
