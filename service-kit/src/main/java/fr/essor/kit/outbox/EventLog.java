package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.Date;
import java.util.List;

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
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;

    public EventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** An acknowledged event and the document it was sent from. */
    record Entry(OutgoingEvent event, String collection, Object documentId) {
    }

    /**
     * Logs a relay round's acknowledged events in one write. An event sent again after a crash between its
     * acknowledgement and its removal is already logged: the others are still logged, each once.
     */
    void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Date publishedAt = Date.from(clock.instant());
        List<Document> documents = entries.stream().map(entry -> toDocument(entry, publishedAt)).toList();
        try {
            mongo.getCollection(COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException someLoggedAlready) {
            if (someLoggedAlready.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw someLoggedAlready;
            }
            // a store may stop at the first duplicate: the rest one by one, which costs a write each, on this path only
            for (Document document : documents) {
                insertUnlessLogged(document);
            }
        }
    }

    private void insertUnlessLogged(Document entry) {
        try {
            mongo.getCollection(COLLECTION).insertOne(entry);
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Document toDocument(Entry logged, Date publishedAt) {
        Document entry = PendingEvents.toDocument(logged.event());
        entry.put("_id", entry.remove("id"));
        entry.put(PUBLISHED_AT, publishedAt);
        entry.put(AGGREGATE, new Document("collection", logged.collection()).append("id", logged.documentId()));
        return entry;
    }

    public boolean contains(String eventId) {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", eventId)) > 0;
    }
}
