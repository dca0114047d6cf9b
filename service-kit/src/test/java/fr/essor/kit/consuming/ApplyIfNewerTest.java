package fr.essor.kit.consuming;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The versioned "apply if newer" write, on a real (in-memory) MongoDB. */
class ApplyIfNewerTest {

    final MongoServer server = new MongoServer(new MemoryBackend());
    final InetSocketAddress address = server.bind();
    final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    final MongoTemplate mongo = new MongoTemplate(client, "projection");
    final ApplyIfNewer newer = new ApplyIfNewer(mongo, "dealings");

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aFirstFactIsInsertedWithItsVersion() {
        assertThat(newer.apply("grant:A1", 3, new Update().set("amount", "1500"))).isTrue();

        Document held = held("grant:A1");
        assertThat(held.get("version", Number.class).longValue()).isEqualTo(3);
        assertThat(held.getString("amount")).isEqualTo("1500");
    }

    @Test
    void aNewerFactReplacesWhatIsHeldAndARedeliveredOrOlderOneChangesNothing() {
        newer.apply("grant:A1", 3, new Update().set("amount", "1500"));

        assertThat(newer.apply("grant:A1", 4, new Update().set("amount", "1800"))).isTrue();
        assertThat(newer.apply("grant:A1", 4, new Update().set("amount", "9999"))).as("redelivered").isFalse();
        assertThat(newer.apply("grant:A1", 2, new Update().set("amount", "1"))).as("older, read late").isFalse();

        Document held = held("grant:A1");
        assertThat(held.get("version", Number.class).longValue()).isEqualTo(4);
        assertThat(held.getString("amount")).isEqualTo("1800");
        assertThat(mongo.getCollection("dealings").countDocuments()).isEqualTo(1);
    }

    @Test
    void aVersionKeptElsewhereInTheDocumentDecidesOnlyForItsOwnField() {
        Criteria fundingOlder = ApplyIfNewer.olderThan("knownBy.funding.version", 2);
        assertThat(newer.apply("org:1", fundingOlder, new Update().set("knownBy.funding.version", 2L))).isTrue();
        assertThat(newer.apply("org:1", ApplyIfNewer.olderThan("knownBy.foncier.version", 1),
                new Update().set("knownBy.foncier.version", 1L))).as("another service's first fact").isTrue();
        assertThat(newer.apply("org:1", fundingOlder, new Update().set("knownBy.funding.version", 2L)))
                .as("the same fact again").isFalse();

        assertThat(held("org:1").get("knownBy", Document.class).keySet()).containsExactlyInAnyOrder("funding",
                "foncier");
    }

    private Document held(String id) {
        return mongo.findById(id, Document.class, "dealings");
    }
}
