package fr.essor.funding.grants.domain;

import java.time.Instant;

/** An agent accepted or refused a report submitted online (the file as it is right after it). */
public record ReportReviewed(String eventId, GrantFile file, SubmittedReport report, Instant occurredAt)
        implements GrantEvent {
}
