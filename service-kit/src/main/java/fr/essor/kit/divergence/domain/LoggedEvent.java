package fr.essor.kit.divergence.domain;

import java.time.Instant;

/**
 * One entry of the service's event log: an event the broker acknowledged.
 *
 * @param aggregate the document the relay sent it from; null for entries logged before the log recorded it
 */
public record LoggedEvent(String eventId, String type, String subject, String topic, Instant publishedAt,
                          AggregateRef aggregate) {
}
