package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.Date;

/**
 * The service's log of every event the broker acknowledged, keyed (hence unique) by event id, with the aggregate
 * document the relay sent it from ({@code aggregate}: {@code collection}, {@code id}), which the divergence check
 * compares with the topics (ADR-0023).
 */
public class EventLog {

    public static final String COLLECTION = "event_log";
    /** When the broker acknowledged it. */
    public static final String PUBLISHED_AT = "publishedAt";
    /** The document it was sent from: {@code {collection, id}}; absent from entries logged before it was recorded. */
    public static final String AGGREGATE = "aggregate";

    private final MongoTemplate mongo;
    private final Clock clock;

    public EventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void append(OutgoingEvent event, String collection, Object documentId) {
        Document entry = PendingEvents.toDocument(event);
        entry.put("_id", entry.remove("id"));
        entry.put(PUBLISHED_AT, Date.from(clock.instant()));
        entry.put(AGGREGATE, new Document("collection", collection).append("id", documentId));
        try {
            mongo.insert(entry, COLLECTION);
        } catch (DuplicateKeyException alreadyLogged) {
            // sent again after a crash between acknowledgement and removal: the log already has it
        }
    }

    public boolean contains(String eventId) {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", eventId)) > 0;
    }
}
