package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreIT {

    private static final String DATABASE = "essor-funding";

    @TempDir
    Path dataDir;

    @Test
    void aDocumentSurvivesAStopAndAStartOfANewStoreOnTheSameFile() {
        Path file = dataDir.resolve("mongo").resolve("essor.mv");
        int port = FreePorts.next();
        try (MongoStore store = new MongoStore(file, port)) {
            store.start();
            try (MongoClient client = MongoClients.create(store.connectionString(DATABASE))) {
                grants(client).insertOne(new Document("_id", "grant-1").append("amount", 12_000));
            }
        }
        assertThat(file).isNotEmptyFile();

        try (MongoStore store = new MongoStore(file, port);
             MongoClient client = connect(store)) {
            Document grant = grants(client).find(new Document("_id", "grant-1")).first();
            assertThat(grant).isNotNull();
            assertThat(grant.getInteger("amount")).isEqualTo(12_000);
        }
    }

    @Test
    void theSameStoreCanBeStoppedAndStartedAgainAndAnswersPing() {
        MongoStore store = new MongoStore(dataDir.resolve("essor.mv"), FreePorts.next());
        try {
            store.start();
            try (MongoClient client = MongoClients.create(store.connectionString(DATABASE))) {
                assertThat(ping(client)).isEqualTo(1.0);
                grants(client).insertOne(new Document("_id", "grant-2").append("status", "PAID"));
            }
            store.stop();
            assertThat(store.isRunning()).isFalse();

            store.start();
            try (MongoClient client = MongoClients.create(store.connectionString(DATABASE))) {
                assertThat(ping(client)).isEqualTo(1.0);
                assertThat(grants(client).countDocuments()).isEqualTo(1);
                assertThat(grants(client).find().first().getString("status")).isEqualTo("PAID");
            }
        } finally {
            store.stop();
        }
    }

    @Test
    void theFileStaysSmallWhenEveryWriteIsCommittedAndSynced() throws Exception {
        Path file = dataDir.resolve("essor.mv.db");
        try (MongoStore store = new MongoStore(file, FreePorts.next());
             MongoClient client = connect(store)) {
            MongoCollection<Document> grants = grants(client);
            for (int i = 0; i < 50; i++) {
                grants.insertOne(new Document("_id", "grant-" + i).append("amount", i).append("history", List.of()));
            }
            for (int i = 0; i < 950; i++) {
                grants.updateOne(new Document("_id", "grant-" + (i % 50)),
                        new Document("$inc", new Document("amount", 1)).append("$set", new Document("status", "S" + i)));
            }
            assertThat(store.syncs()).as("one commit and sync per write, one client").isGreaterThanOrEqualTo(1_000);
            // one chunk per commit: without reusing the space of dead chunks at once and compacting, about 16 MB
            assertThat(Files.size(file)).isLessThan(4L * 1024 * 1024);
        }
    }

    private static MongoClient connect(MongoStore store) {
        store.start();
        return MongoClients.create(store.connectionString(DATABASE));
    }

    private static MongoCollection<Document> grants(MongoClient client) {
        return client.getDatabase(DATABASE).getCollection("grants");
    }

    private static double ping(MongoClient client) {
        return client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok", Number.class).doubleValue();
    }
}
