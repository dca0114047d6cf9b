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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns {@link EventRoutes} into a Spring Cloud Stream consumer of CloudEvents binary-mode records: reads the
 * {@code ce_*} headers, routes the record by its {@code ce_type} to the handler that follows that type, reads the JSON
 * payload into that route's own tolerant-reader record, counts {@code essor_events_consumed_total{type,outcome}}, and
 * lets failures propagate so the binder retries them (bounded, with back-off) and then dead-letters them.
 *
 * <p>A type no route follows is skipped by design — its payload is not read, it is counted {@code ignored} and never
 * dead-lettered; a followed type whose payload does not read, or a record without its CloudEvents headers, is
 * unreadable ({@link UnreadableEventException}) and dead-lettered after the retries.
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

    /** The live consumer of a binding: each record goes to the route of its type, or is skipped. */
    public Consumer<Message<byte[]>> consumer(EventRoutes routes) {
        Function<Message<byte[]>, Consumption> handling = handling(routes, CONSUMED);
        return handling::apply;
    }

    /**
     * The same routes, reading and handlers as {@link #consumer}, answering what the handler did, for a replay of the
     * topics (a projection rebuilt): counted in {@code essor_events_replayed_total{type,outcome}} so that a replay does
     * not inflate the live consumption's meters.
     */
    public Function<Message<byte[]>, Consumption> replaying(EventRoutes routes) {
        return handling(routes, REPLAYED);
    }

    private Function<Message<byte[]>, Consumption> handling(EventRoutes routes, String meter) {
        if (routes.types().isEmpty()) {
            throw new IllegalArgumentException("A consumer follows at least one type");
        }
        Map<String, Reading<?>> readings = new HashMap<>();
        for (String type : routes.types()) {
            readings.put(type, reading(routes.route(type)));
        }
        return message -> {
            IncomingEvent event;
            try {
                event = attributes(message.getHeaders());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                count(meter, typeOf(message.getHeaders()), "unreadable");
                throw new UnreadableEventException("Unreadable event: " + e.getMessage(), e);
            }
            Reading<?> reading = readings.get(event.type());
            if (reading == null) {
                count(meter, event.type(), Consumption.IGNORED.tag());
                return Consumption.IGNORED;
            }
            return reading.handle(event, message.getPayload(), meter);
        };
    }

    private <T> Reading<T> reading(EventRoutes.Route<T> route) {
        // a tolerant reader: fields it does not know are skipped, and a field it knows but the fact lacks reads as
        // empty (null, 0, false), as an older producer of the same version of the contract may leave it out
        ObjectReader reader = json.readerFor(route.factType()).without(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return new Reading<>(reader, route.handler());
    }

    /** One followed type's reader and handler. */
    private final class Reading<T> {

        private final ObjectReader reader;
        private final EventHandler<T> handler;

        private Reading(ObjectReader reader, EventHandler<T> handler) {
            this.reader = reader;
            this.handler = handler;
        }

        Consumption handle(IncomingEvent event, byte[] payload, String meter) {
            T fact;
            try {
                fact = reader.readValue(payload);
                if (fact == null) {
                    throw new IllegalArgumentException("the payload of " + event.type() + " is null");
                }
            } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
                count(meter, event.type(), "unreadable");
                throw new UnreadableEventException("Unreadable event: " + e.getMessage(), e);
            }
            try {
                Consumption outcome = handler.handle(event, fact);
                count(meter, event.type(), outcome.tag());
                return outcome;
            } catch (RuntimeException e) {
                count(meter, event.type(), "failed");
                throw e;
            }
        }
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
