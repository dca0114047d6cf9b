package fr.essor.kit.divergence.domain;

import java.time.Instant;

/**
 * One record read from one of the service's topics.
 *
 * @param eventId  {@code ce_id}
 * @param source   {@code ce_source}: records of other sources on the topic are not this service's
 * @param subject  {@code ce_subject}, the aggregate id (also the record key)
 * @param sentAt   the record's timestamp (when the relay sent it)
 * @param version  the aggregate version the payload carries ({@code version}), null if it carries none
 */
public record TopicEvent(String eventId, String type, String source, String subject, String topic, int partition,
                         long offset, Instant sentAt, Long version) {
}
