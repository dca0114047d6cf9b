package fr.essor.kit.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A domain fact on its way out of a service, in the form it is stored in an aggregate's outbox and sent to Kafka:
 * the CloudEvents attributes plus the JSON payload, already serialized so that what is stored is exactly what is sent.
 *
 * @param id      the CloudEvents id (ce_id), unique per fact, also the consumers' deduplication key
 * @param type    the CloudEvents type, e.g. {@code fr.essor.funding.organisation-registered.v1}
 * @param source  the CloudEvents source, e.g. {@code /essor/funding}
 * @param subject the aggregate id (ce_subject), also the record key so that each aggregate's facts stay in order
 * @param topic   the Kafka topic, e.g. {@code essor.funding.organisations}
 * @param time    when the fact happened
 * @param payload the JSON payload
 */
public record OutgoingEvent(String id, String type, String source, String subject, String topic, Instant time,
                            String payload) {

    public OutgoingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }
}
