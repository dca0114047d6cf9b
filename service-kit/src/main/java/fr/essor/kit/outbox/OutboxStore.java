package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;

/**
 * Writes an aggregate's new state and the events it produced in ONE single-document write (ARCHITECTURE §3):
 * an insert for a new aggregate, or an update guarded by the version that was read. The events wait in the document's
 * {@code pendingEvents} array until the {@link OutboxRelay} has them acknowledged by the broker.
 * <p>
 * Updates {@code $set} the state fields and {@code $push} the events: they never replace the document, so events the
 * relay has not yet removed are never lost or resurrected by a concurrent write.
 */
public class OutboxStore {

    static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final TraceContext trace;
    private final List<OutboxCommitObserver> observers;

    public OutboxStore(MongoTemplate mongo, OutboxRelay relay) {
        this(mongo, relay, TraceContext.NONE);
    }

    /** Stores with each event the trace context of the writing code, for the relay to propagate. */
    public OutboxStore(MongoTemplate mongo, OutboxRelay relay, TraceContext trace) {
        this(mongo, relay, trace, List.of());
    }

    /** Also tells the observers (business meters) of each write's events once it succeeded. */
    public OutboxStore(MongoTemplate mongo, OutboxRelay relay, TraceContext trace,
                       List<OutboxCommitObserver> observers) {
        this.mongo = mongo;
        this.relay = relay;
        this.trace = trace;
        this.observers = List.copyOf(observers);
    }

    /** Inserts a new aggregate document; a duplicate id fails with Spring's {@code DuplicateKeyException}. */
    public void insert(String collection, Object state, List<OutgoingEvent> events) {
        Document document = toDocument(state);
        document.put(PendingEvents.FIELD, pending(events));
        mongo.insert(document, collection);
        wake(collection, document.get("_id"), events);
        committed(events);
    }

    /**
     * Updates an aggregate whose stored {@code version} is still {@code expectedVersion}; the state object carries
     * the new version.
     *
     * @throws StaleAggregateException when another write came first
     */
    public void update(String collection, Object id, long expectedVersion, Object state, List<OutgoingEvent> events) {
        Document document = toDocument(state);
        document.remove("_id");
        Update update = new Update();
        document.forEach(update::set);
        if (!events.isEmpty()) {
            update.push(PendingEvents.FIELD).each(pending(events).toArray());
        }
        Query guard = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(guard, update, collection).getMatchedCount() == 0) {
            throw new StaleAggregateException(collection, id, expectedVersion);
        }
        wake(collection, id, events);
        committed(events);
    }

    private void wake(String collection, Object id, List<OutgoingEvent> events) {
        if (!events.isEmpty()) {
            relay.wake(collection, id);
        }
    }

    private void committed(List<OutgoingEvent> events) {
        if (!events.isEmpty()) {
            observers.forEach(observer -> observer.committed(events));
        }
    }

    private List<Document> pending(List<OutgoingEvent> events) {
        Map<String, String> traceHeaders = events.isEmpty() ? Map.of() : trace.currentHeaders();
        return events.stream().map(event -> PendingEvents.toDocument(event, traceHeaders)).toList();
    }

    private Document toDocument(Object state) {
        Document document = new Document();
        mongo.getConverter().write(state, document);
        document.remove("_class");
        if (!document.containsKey(VERSION)) {
            throw new IllegalArgumentException(state.getClass().getSimpleName() + " has no version field");
        }
        return document;
    }
}
