package fr.essor.kit.consuming;

import fr.essor.kit.events.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns an {@link EventHandler} into a Spring Cloud Stream consumer of CloudEvents binary-mode records: reads the
 * {@code ce_*} headers and the JSON payload into the consumer's own tolerant-reader record, counts
 * {@code essor_events_consumed_total{type,outcome}}, and lets failures propagate so the binder retries them (bounded,
 * with back-off) and then dead-letters them.
 */
public class EventConsumers {

    private static final String CONSUMED = "essor.events.consumed";
    private static final String REPLAYED = "essor.events.replayed";

    private final JsonMapper json;
    private final MeterRegistry meters;

    public EventConsumers(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    public <T> Consumer<Message<byte[]>> consumer(Class<T> payloadType, EventHandler<T> handler) {
        Function<Message<byte[]>, Consumption> handling = handling(payloadType, handler, CONSUMED);
        return handling::apply;
    }

    /**
     * The same reading and handler as {@link #consumer}, answering what the handler did, for a replay of the topics
     * (a projection rebuilt): counted in {@code essor_events_replayed_total{type,outcome}} so that a replay does not
     * inflate the live consumption's meters.
     */
    public <T> Function<Message<byte[]>, Consumption> replaying(Class<T> payloadType, EventHandler<T> handler) {
        return handling(payloadType, handler, REPLAYED);
    }

    private <T> Function<Message<byte[]>, Consumption> handling(Class<T> payloadType, EventHandler<T> handler,
                                                                 String meter) {
        // a tolerant reader: fields it does not know are skipped, and a field it knows but the fact lacks reads as
        // empty (null, 0, false) — a topic carries several types, and a consumer reads all of them before its handler
        // ignores the types it does not follow (a missing int must not dead-letter them)
        ObjectReader reader = json.readerFor(payloadType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return message -> {
            IncomingEvent event;
            T payload;
            try {
                event = attributes(message.getHeaders());
                payload = reader.readValue(message.getPayload());
            } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
                count(meter, typeOf(message.getHeaders()), "unreadable");
                throw new UnreadableEventException("Unreadable event: " + e.getMessage(), e);
            }
            try {
                Consumption outcome = handler.handle(event, payload);
                count(meter, event.type(), outcome.tag());
                return outcome;
            } catch (RuntimeException e) {
                count(meter, event.type(), "failed");
                throw e;
            }
        };
    }

    private IncomingEvent attributes(MessageHeaders headers) {
        requireJsonContentType(headers);
        return new IncomingEvent(required(headers, CloudEventHeaders.ID), required(headers, CloudEventHeaders.TYPE),
                required(headers, CloudEventHeaders.SOURCE), header(headers, CloudEventHeaders.SUBJECT),
                Instant.parse(required(headers, CloudEventHeaders.TIME)));
    }

    /**
     * CloudEvents binary mode needs {@code content-type}: without it, Spring Cloud Function does not take the record for
     * a Kafka-bound CloudEvent and renames its {@code ce_*} headers to {@code ce-*}, so that the first header looked
     * for would be reported missing while the real cause is the content type.
     */
    private static void requireJsonContentType(MessageHeaders headers) {
        String contentType = header(headers, CloudEventHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("missing header " + CloudEventHeaders.CONTENT_TYPE
                    + " (CloudEvents binary mode needs " + CloudEventHeaders.CONTENT_TYPE + ": "
                    + CloudEventHeaders.JSON + ")");
        }
        if (!contentType.toLowerCase(Locale.ROOT).startsWith(CloudEventHeaders.JSON)) {
            throw new IllegalArgumentException("unsupported " + CloudEventHeaders.CONTENT_TYPE + " " + contentType
                    + " (expected " + CloudEventHeaders.JSON + ")");
        }
    }

    /** The event type for the meters, also under the name Spring Cloud Function gives it when it renamed it. */
    private static String typeOf(MessageHeaders headers) {
        String type = header(headers, CloudEventHeaders.TYPE);
        return type != null ? type : header(headers, CloudEventHeaders.TYPE.replace('_', '-'));
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private void count(String meter, String type, String outcome) {
        // one literal builder per meter: ops-tests read the kit's meter names from the code
        Counter.Builder counter;
        if (REPLAYED.equals(meter)) {
            counter = Counter.builder("essor.events.replayed")
                    .description("Events read again by a projection's rebuild, by type and outcome");
        } else {
            counter = Counter.builder("essor.events.consumed").description("Events consumed, by type and outcome");
        }
        counter.tag("type", type == null ? "unknown" : type).tag("outcome", outcome).register(meters).increment();
    }

}
