package fr.essor.funding.aaa.domain;

import java.time.Instant;

/**
 * The Département asked the organisation for a missing piece or a clarification (a correction requested): the
 * request is addressed to the organisation, which answers online.
 */
public record InformationRequested(String eventId, Application application, String request, Instant occurredAt,
                                   String recordedBy) implements ApplicationEvent {
}
