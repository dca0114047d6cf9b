package fr.essor.kit.indexes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the indexes every {@link DeclaresIndexes} bean declares, once all singletons exist (before the outbox relay
 * and the consumers start). {@code createIndexes} of an index that exists with the same keys and options does nothing,
 * so a restart is harmless. On mongo-java-server (the embedded store and the tests) a non-unique index is recorded
 * and listed but not used by queries; a TTL index never removes anything there (ADR-0025).
 * <p>
 * Two declarations of the same name in one collection must be the same index (the relay and the backlog share one):
 * otherwise the start fails, a programming error. An index the store refuses (e.g. one of the same name but other
 * keys, left by an older version) is logged as an error and the service starts: its queries still answer, slower.
 */
public class DeclaredIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    private final MongoTemplate mongo;
    private final ObjectProvider<DeclaresIndexes> declarers;
    private volatile List<QueryIndex> created = List.of();
    private volatile List<QueryIndex> refused = List.of();

    public DeclaredIndexes(MongoTemplate mongo, ObjectProvider<DeclaresIndexes> declarers) {
        this.mongo = mongo;
        this.declarers = declarers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        create(declarers.orderedStream().flatMap(declarer -> declarer.indexes().stream()).toList());
    }

    /** Creates the given indexes (each name once per collection). Visible for tests. */
    public void create(List<QueryIndex> declared) {
        List<QueryIndex> done = new ArrayList<>();
        List<QueryIndex> failed = new ArrayList<>();
        for (QueryIndex index : distinct(declared)) {
            try {
                mongo.indexOps(index.collection()).createIndex(index.definition());
                done.add(index);
            } catch (RuntimeException e) {
                failed.add(index);
                log.error("Index {} of {} not created, its queries scan the collection: {}", index.name(),
                        index.collection(), e.toString());
            }
        }
        created = List.copyOf(done);
        refused = List.copyOf(failed);
        log.info("{} declared index(es) created or already there, {} refused", done.size(), failed.size());
    }

    public List<QueryIndex> created() {
        return created;
    }

    public List<QueryIndex> refused() {
        return refused;
    }

    static List<QueryIndex> distinct(List<QueryIndex> declared) {
        Map<String, QueryIndex> byName = new LinkedHashMap<>();
        for (QueryIndex index : declared) {
            QueryIndex same = byName.putIfAbsent(index.collection() + "/" + index.name(), index);
            if (same != null && !same.equals(index)) {
                throw new IllegalStateException("Two different indexes named " + index.name() + " on "
                        + index.collection() + ": " + same + " and " + index);
            }
        }
        return List.copyOf(byName.values());
    }
}
