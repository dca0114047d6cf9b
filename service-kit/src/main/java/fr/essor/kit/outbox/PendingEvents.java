package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;

import java.util.Date;

/** How an {@link OutgoingEvent} is stored in an aggregate document's {@code pendingEvents} array and read back. */
final class PendingEvents {

    static final String FIELD = "pendingEvents";

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

    static OutgoingEvent fromDocument(Document document) {
        return new OutgoingEvent(document.getString("id"), document.getString("type"),
                document.getString("source"), document.getString("subject"), document.getString("topic"),
                document.getDate("time").toInstant(), document.getString("payload"));
    }
}
