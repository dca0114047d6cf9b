package fr.essor.funding.grants.infrastructure;

import java.math.BigDecimal;

/**
 * The payload of grant-report-submitted.v1 and grant-report-reviewed.v1 (amounts in euros; {@code outcome},
 * {@code refusalReason} and {@code reviewedAt} only on a review).
 */
record ReportPayload(String eventId, String applicationId, long version, int callYear, String organisationId,
                     String organisationName, String projectTitle, String territoryCode, int reportNumber,
                     String report, Figures figures, String submittedAt, String outcome, String refusalReason,
                     String occurredAt, String recordedBy) {

    record Figures(BigDecimal totalExpenses, BigDecimal grantUsed, BigDecimal otherFunding, BigDecimal notUsed) {
    }
}
