package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

/**
 * One collection of aggregate documents of type {@code D} with their outbox: reads map stored documents to
 * {@code D} (the outbox's technical fields are ignored), writes go through {@link OutboxStore}, so state and events
 * stay one single-document write (ADR-0002). The collection is registered with {@link Outboxes} for the relay.
 * A repository keeps its own port and its document ↔ domain mapping; this is only the storage it repeats.
 */
public class AggregateStore<D> {

    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final String collection;
    private final Class<D> documentType;

    public AggregateStore(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, String collection,
                          Class<D> documentType) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.collection = collection;
        this.documentType = documentType;
        outboxes.register(collection);
    }

    public Optional<D> find(Object id) {
        return Optional.ofNullable(mongo.findById(id, documentType, collection));
    }

    public Optional<D> findOne(Query query) {
        return Optional.ofNullable(mongo.findOne(query, documentType, collection));
    }

    /** The documents the query selects, in its sort order and within its limit. */
    public List<D> find(Query query) {
        return mongo.find(query, documentType, collection);
    }

    /** Inserts a new aggregate with its events; a taken id fails with Spring's {@code DuplicateKeyException}. */
    public void insert(D document, List<OutgoingEvent> events) {
        outbox.insert(collection, document, events);
    }

    /** @return false, having written nothing, when an aggregate with the same id is already stored */
    public boolean insertIfAbsent(D document, List<OutgoingEvent> events) {
        try {
            outbox.insert(collection, document, events);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Writes the aggregate's new state (the document carries its new version) and its events if the stored version
     * is still {@code expectedVersion}.
     *
     * @throws StaleAggregateException when another write came first
     */
    public void update(Object id, long expectedVersion, D document, List<OutgoingEvent> events) {
        outbox.update(collection, id, expectedVersion, document, events);
    }

    /**
     * Inserts when {@code expectedVersion} is 0 (the aggregate was never stored), updates otherwise; either way
     * another write that came first is a {@link StaleAggregateException}.
     */
    public void save(Object id, long expectedVersion, D document, List<OutgoingEvent> events) {
        if (expectedVersion != 0) {
            update(id, expectedVersion, document, events);
        } else if (!insertIfAbsent(document, events)) {
            throw new StaleAggregateException(collection, id, expectedVersion);
        }
    }
}
