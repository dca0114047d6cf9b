package fr.essor.funding.grants.domain;

import java.time.Instant;

/**
 * A report the organisation submitted online from its space: which report, the document it gave (stored with the
 * organisation's documents), which account and when. Its reception date is the report's date on the file.
 */
public record SubmittedReport(Trigger report, String documentId, String fileName, String by, Instant at) {
}
