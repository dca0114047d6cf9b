package fr.essor.kit.indexes;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declared indexes on mongo-java-server, the store of the embedded default and of the integration tests. */
class DeclaredIndexesTest {

    static final String COLLECTION = "things";

    /** A repository as the services write them: its indexes next to its queries. */
    record Things() implements DeclaresIndexes {
        @Override
        public List<QueryIndex> indexes() {
            return List.of(QueryIndex.on(COLLECTION, "things_territory_updated").asc("territoryCode").desc("updatedAt"),
                    QueryIndex.on(COLLECTION, "things_pending").asc("leaseUntil")
                            .partial(Criteria.where("pendingEvents.0").exists(true)),
                    QueryIndex.on(COLLECTION, "things_expiry").asc("expiresAt").expireAfter(Duration.ZERO));
        }
    }

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "declared-indexes-test");
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDeclaredIndexesAreCreatedAtStartAndASecondStartChangesNothing() {
        mongo.insert(new Document("_id", "t1").append("territoryCode", "T2"), COLLECTION);

        DeclaredIndexes first = start();
        assertThat(first.refused()).isEmpty();
        assertThat(first.created()).hasSize(3);
        List<Document> afterFirst = listIndexes();
        assertThat(afterFirst).extracting(index -> index.getString("name"))
                .containsExactlyInAnyOrder("_id_", "things_territory_updated", "things_pending", "things_expiry");
        assertThat(index(afterFirst, "things_territory_updated").get("key", Document.class))
                .isEqualTo(new Document("territoryCode", 1).append("updatedAt", -1));
        assertThat(index(afterFirst, "things_pending").get("partialFilterExpression", Document.class))
                .isEqualTo(new Document("pendingEvents.0", new Document("$exists", true)));
        assertThat(((Number) index(afterFirst, "things_expiry").get("expireAfterSeconds")).longValue()).isZero();

        DeclaredIndexes second = start();
        assertThat(second.refused()).isEmpty();
        assertThat(listIndexes()).isEqualTo(afterFirst);
        assertThat(mongo.findAll(Document.class, COLLECTION)).hasSize(1);
    }

    @Test
    void theEmbeddedStoreKeepsATtlIndexButNeverExpiresADocument() {
        start();
        mongo.insert(new Document("_id", "old").append("expiresAt", Date.from(java.time.Instant.parse(
                "2020-01-01T00:00:00Z"))), COLLECTION);

        // MongoDB's TTL monitor would delete it within a minute; mongo-java-server has none: the kit prunes itself
        assertThat(mongo.findById("old", Document.class, COLLECTION)).isNotNull();
    }

    @Test
    void twoDifferentIndexesUnderOneNameAreAProgrammingErrorAndTheSameDeclaredTwiceIsOne() {
        QueryIndex byTerritory = QueryIndex.on(COLLECTION, "things_x").asc("territoryCode");

        assertThat(DeclaredIndexes.distinct(List.of(byTerritory, QueryIndex.on(COLLECTION, "things_x")
                .asc("territoryCode")))).containsExactly(byTerritory);
        assertThatThrownBy(() -> DeclaredIndexes.distinct(List.of(byTerritory,
                QueryIndex.on(COLLECTION, "things_x").asc("status"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("things_x");
    }

    @Test
    void anIndexTheStoreRefusesIsReportedAndTheOthersAreStillCreated() {
        DeclaredIndexes indexes = new DeclaredIndexes(mongo, null);

        indexes.create(List.of(QueryIndex.on("not$a$collection", "bad_a").asc("a"),
                QueryIndex.on(COLLECTION, "things_c").asc("c")));

        assertThat(indexes.refused()).extracting(QueryIndex::name).containsExactly("bad_a");
        assertThat(indexes.created()).extracting(QueryIndex::name).containsExactly("things_c");
        assertThat(listIndexes()).extracting(index -> index.getString("name")).contains("things_c");
    }

    @Test
    void theEmbeddedStoreTakesAnIndexOfTheSameNameWithOtherKeysWithoutComplaint() {
        DeclaredIndexes indexes = new DeclaredIndexes(mongo, null);
        indexes.create(List.of(QueryIndex.on(COLLECTION, "things_a").asc("a")));

        // a real MongoDB answers IndexKeySpecsConflict here (ADR-0025: a changed index gets a new name)
        indexes.create(List.of(QueryIndex.on(COLLECTION, "things_a").asc("b")));

        assertThat(indexes.refused()).isEmpty();
        assertThat(index(listIndexes(), "things_a").get("key", Document.class)).isEqualTo(new Document("a", 1));
    }

    @Test
    void anIndexWithoutNameOrKeyIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> QueryIndex.on(COLLECTION, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryIndex.on(COLLECTION, "things_none").definition())
                .isInstanceOf(IllegalStateException.class);
    }

    private DeclaredIndexes start() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(MongoTemplate.class, () -> mongo);
            context.registerBean(Things.class, Things::new);
            context.registerBean(DeclaredIndexes.class,
                    () -> new DeclaredIndexes(mongo, context.getBeanProvider(DeclaresIndexes.class)));
            context.refresh();
            return context.getBean(DeclaredIndexes.class);
        }
    }

    private List<Document> listIndexes() {
        return mongo.getCollection(COLLECTION).listIndexes().into(new ArrayList<>());
    }

    private static Document index(List<Document> indexes, String name) {
        return indexes.stream().filter(index -> name.equals(index.getString("name"))).findFirst().orElseThrow();
    }
}
