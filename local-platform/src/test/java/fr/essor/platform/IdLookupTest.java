package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's {@code _id} index serves queries that name an {@code _id} beside other conditions, and they still
 * answer exactly what the whole query asks.
 */
class IdLookupTest {

    private MVStore store;
    private IdLookup.Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> items;

    @BeforeEach
    void start() {
        store = new MVStore.Builder().open(); // in memory
        backend = new IdLookup.Backend(store);
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        items = client.getDatabase("test").getCollection("items");
        items.insertMany(List.of(
                new Document("_id", "a").append("version", 1L).append("owner", "x"),
                new Document("_id", "b").append("version", 1L).append("owner", "y"),
                new Document("_id", "c").append("version", 2L).append("owner", "x")));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
        store.close();
    }

    @Test
    void theIdIndexTakesAQueryNamingOneIdOrAnInOfIdsWhateverElseItAsks() {
        assertThat(IdLookup.IdIndex.namesIds("a")).isTrue();
        assertThat(IdLookup.IdIndex.namesIds(42L)).isTrue();
        assertThat(IdLookup.IdIndex.namesIds(new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", "b"))))
                .isTrue();
        assertThat(IdLookup.IdIndex.namesIds(new de.bwaldvogel.mongo.bson.Document("$ne", "a")))
                .as("another operator is matched against every document").isFalse();
        assertThat(IdLookup.IdIndex.namesIds(new de.bwaldvogel.mongo.bson.Document("$in", "a"))).isFalse();
        assertThat(IdLookup.IdIndex.namesIds(null)).as("no _id in the query").isFalse();
    }

    @Test
    void aCollectionsIdIndexIsTheOneThatAlsoServesQueriesWithOtherConditions() {
        var collection = (de.bwaldvogel.mongo.backend.AbstractMongoCollection<?>) backend.resolveDatabase("test")
                .resolveCollection("items", true);
        var idIndex = collection.getIndexes().stream().filter(index -> index.getName().equals("_id_")).findFirst()
                .orElseThrow();

        assertThat(idIndex).isInstanceOf(IdLookup.IdIndex.class);
        assertThat(idIndex.canHandle(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("version", 1L)))
                .as("the outbox's guarded update is looked up by _id").isTrue();
        assertThat(idIndex.getPositions(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("version", 9L)))
                .as("the candidates by _id alone; the whole query is matched on them afterwards").hasSize(1);
    }

    @Test
    void aGuardedUpdateChangesTheDocumentOnlyWhenEveryConditionHolds() {
        assertThat(items.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2L)),
                Updates.set("version", 3L)).getMatchedCount()).as("stale version").isZero();
        assertThat(items.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1L)),
                Updates.set("version", 2L)).getMatchedCount()).isEqualTo(1);

        assertThat(versions()).containsExactly(2L, 1L, 2L);
    }

    @Test
    void anInOfIdsWithOtherConditionsFindsOnlyTheIdsThatMeetThem() {
        List<Object> found = items.find(new Document("_id", new Document("$in", List.of("a", "b", "c", "z")))
                .append("owner", "x")).map(document -> document.get("_id")).into(new java.util.ArrayList<>());

        assertThat(found).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void anIdWithAnOrOfConditionsAppliesIfNewerAndQueriesWithoutAnIdStillScan() {
        Document olderOrAbsent = new Document("_id", "c").append("$or", List.of(
                new Document("version", new Document("$exists", false)),
                new Document("version", new Document("$lt", 2L))));
        assertThat(items.updateOne(olderOrAbsent, Updates.set("owner", "z")).getMatchedCount())
                .as("c holds version 2 already").isZero();

        assertThat(items.countDocuments(Filters.ne("_id", "a"))).isEqualTo(2);
        assertThat(items.countDocuments(Filters.eq("owner", "x"))).isEqualTo(2);
    }

    private List<Long> versions() {
        return items.find().sort(new Document("_id", 1)).map(document -> document.getLong("version"))
                .into(new java.util.ArrayList<>());
    }
}
