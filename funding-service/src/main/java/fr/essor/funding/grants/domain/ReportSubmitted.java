package fr.essor.funding.grants.domain;

import java.time.Instant;

/** The organisation submitted a report online (the file as it is right after it); an agent will review it. */
public record ReportSubmitted(String eventId, GrantFile file, SubmittedReport report, Instant occurredAt)
        implements GrantEvent {
}
