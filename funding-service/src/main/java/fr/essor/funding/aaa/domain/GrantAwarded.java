package fr.essor.funding.aaa.domain;

import java.time.Instant;

/** A grant was awarded by the vote on an application (the fact the roadmap's indicators count). */
public record GrantAwarded(String eventId, Application application, Instant occurredAt, String recordedBy)
        implements ApplicationEvent {
}
