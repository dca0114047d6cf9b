package fr.essor.funding.aaa.domain;

import java.time.Instant;

/** The assembly voted on an application: granted with an amount, or refused. */
public record ApplicationDecided(String eventId, Application application, Instant occurredAt, String recordedBy)
        implements ApplicationEvent {
}
