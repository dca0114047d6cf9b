package fr.essor.funding.aaa.domain;

import java.time.Instant;

/** An application was submitted to a call (entered by an agent or imported from the portal). */
public record ApplicationSubmitted(String eventId, Application application, Instant occurredAt, String recordedBy)
        implements ApplicationEvent {
}
