package fr.essor.funding.grants.domain;

import java.time.Instant;

/**
 * A report the organisation submitted online from its space: its rank on the file, which report, the document it
 * gave (stored with the organisation's documents), its figures, which account and when; then the agent's review:
 * accepted or refused (with the reason given to the organisation), by whom and when. An accepted report's
 * submission date is the report's reception date on the file.
 *
 * @param figures {@code null} for a report submitted before the figures were asked for
 */
public record SubmittedReport(int number, Trigger report, String documentId, String fileName, ReportFigures figures,
                              String by, Instant at, ReportStatus status, String reviewedBy, Instant reviewedAt,
                              String refusalReason) {

    SubmittedReport accepted(String agent, Instant when) {
        return new SubmittedReport(number, report, documentId, fileName, figures, by, at, ReportStatus.ACCEPTED,
                agent, when, null);
    }

    SubmittedReport refused(String agent, Instant when, String reason) {
        return new SubmittedReport(number, report, documentId, fileName, figures, by, at, ReportStatus.REFUSED,
                agent, when, reason);
    }

    public boolean awaitingReview() {
        return status == ReportStatus.RECEIVED;
    }
}
