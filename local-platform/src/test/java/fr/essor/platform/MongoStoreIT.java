package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
