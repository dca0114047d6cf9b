package fr.essor.funding.grants.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a grant file is stored (collection {@code grant_files}, id = the application's), amounts in cents. */
record GrantFileDocument(String id, int callYear, String organisationId, String organisationName,
                         String projectTitle, long amountCents, String nature, int durationYears,
                         String territoryCode, String decisionReference, String decidedOn,
                         List<InstalmentDocument> schedule, String signedOn, String annualReportOn,
                         String finalReportOn, List<PaymentDocument> payments, String acknowledgedBy,
                         Instant acknowledgedAt, List<SubmittedReportDocument> submittedReports, long version,
                         Instant updatedAt, String updatedBy) {

    record InstalmentDocument(int number, String trigger, int projectYear, long amountCents, String label) {
    }

    /** {@code number} and {@code status} are null on reports sent before reports were reviewed. */
    record SubmittedReportDocument(Integer number, String report, String documentId, String fileName,
                                   FiguresDocument figures, String by, Instant at, String status, String reviewedBy,
                                   Instant reviewedAt, String refusalReason) {
    }

    record FiguresDocument(long totalExpensesCents, long grantUsedCents, long otherFundingCents, long notUsedCents) {
    }

    record PaymentDocument(int number, int instalment, long amountCents, String paidOn, String recordedBy,
                           Instant recordedAt) {
    }
}
