package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.Date;

/** The service's log of every event the broker acknowledged, keyed (hence unique) by event id. */
public class EventLog {

    public static final String COLLECTION = "event_log";

    private final MongoTemplate mongo;
    private final Clock clock;

    public EventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void append(OutgoingEvent event) {
        Document entry = PendingEvents.toDocument(event);
        entry.put("_id", entry.remove("id"));
        entry.put("publishedAt", Date.from(clock.instant()));
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
