package fr.essor.kit.divergence.infrastructure;

import fr.essor.kit.divergence.domain.AggregateRef;
import fr.essor.kit.divergence.domain.LoggedEvent;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.outbox.PendingEvents;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the service's side of the comparison from its own database: every document of its outbox collections
 * ({@code _id}, {@code version}, the ids and topics of its {@code pendingEvents}), then the event log. Full scans: the
 * embedded store has no useful non-unique indexes, and the check needs every id anyway.
 */
public class MongoOutboxReader {

    private final MongoTemplate mongo;
    private final Outboxes outboxes;

    public MongoOutboxReader(MongoTemplate mongo, Outboxes outboxes) {
        this.mongo = mongo;
        this.outboxes = outboxes;
    }

    /** The aggregates and their pending events, read before the log (an event leaves pending after it is logged). */
    public record Aggregates(Map<AggregateRef, Long> versions, Set<String> pendingIds, Set<String> pendingTopics) {
    }

    public Aggregates aggregates() {
        Map<AggregateRef, Long> versions = new HashMap<>();
        Set<String> pendingIds = new HashSet<>();
        Set<String> pendingTopics = new TreeSet<>();
        for (String collection : outboxes.collections()) {
            Query all = new Query();
            all.fields().include("_id").include("version").include(PendingEvents.FIELD);
            for (Document document : mongo.find(all, Document.class, collection)) {
                Number version = document.get("version", Number.class);
                versions.put(new AggregateRef(collection, String.valueOf(document.get("_id"))),
                        version == null ? 0 : version.longValue());
                for (Document pending : document.getList(PendingEvents.FIELD, Document.class, List.of())) {
                    pendingIds.add(pending.getString("id"));
                    if (pending.getString("topic") != null) {
                        pendingTopics.add(pending.getString("topic"));
                    }
                }
            }
        }
        return new Aggregates(versions, pendingIds, pendingTopics);
    }

    public List<LoggedEvent> eventLog() {
        Query all = new Query();
        all.fields().include("_id").include("type").include("subject").include("topic")
                .include(EventLog.PUBLISHED_AT).include(EventLog.AGGREGATE);
        List<LoggedEvent> logged = new ArrayList<>();
        for (Document entry : mongo.find(all, Document.class, EventLog.COLLECTION)) {
            Document aggregate = entry.get(EventLog.AGGREGATE, Document.class);
            Date publishedAt = entry.getDate(EventLog.PUBLISHED_AT);
            logged.add(new LoggedEvent(String.valueOf(entry.get("_id")), entry.getString("type"),
                    entry.getString("subject"), entry.getString("topic"),
                    publishedAt == null ? Instant.EPOCH : publishedAt.toInstant(),
                    aggregate == null || aggregate.getString("collection") == null || aggregate.get("id") == null
                            ? null : new AggregateRef(aggregate.getString("collection"),
                            String.valueOf(aggregate.get("id")))));
        }
        return logged;
    }
}
