package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an {@link OutgoingEvent} is stored in an aggregate document's {@code pendingEvents} array and read back. */
public final class PendingEvents {

    /** The array of events written with the aggregate and not yet acknowledged by the broker. */
    public static final String FIELD = "pendingEvents";
    static final String TRACE = "trace";

    private PendingEvents() {
    }

    static Document toDocument(OutgoingEvent event) {
        return new Document("id", event.id())
                .append("type", event.type())
                .append("source", event.source())
                .append("subject", event.subject())
                .append("topic", event.topic())
                .append("time", Date.from(event.time()))
                .append("payload", event.payload());
    }

    /** The event with the trace headers of the code that wrote it, kept under {@code trace} when there are any. */
    static Document toDocument(OutgoingEvent event, Map<String, String> traceHeaders) {
        Document document = toDocument(event);
        if (!traceHeaders.isEmpty()) {
            document.append(TRACE, new Document(traceHeaders));
        }
        return document;
    }

    /** The trace headers stored with an event; empty for events stored without (older documents included). */
    static Map<String, String> traceHeaders(Document document) {
        Document trace = document.get(TRACE, Document.class);
        if (trace == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        trace.forEach((name, value) -> {
            if (value instanceof String text) {
                headers.put(name, text);
            }
        });
        return headers;
    }

    static OutgoingEvent fromDocument(Document document) {
        return new OutgoingEvent(document.getString("id"), document.getString("type"),
                document.getString("source"), document.getString("subject"), document.getString("topic"),
                document.getDate("time").toInstant(), document.getString("payload"));
    }
}
