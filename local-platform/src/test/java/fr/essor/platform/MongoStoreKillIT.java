package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ARCHITECTURE §6, durability of the embedded default: a write the store acknowledged is on disk before the
 * acknowledgement, so a {@code kill -9} of the store loses none of them. The store runs in a child JVM
 * ({@link BackendProcess}, as the launcher runs it); the test writes through the real MongoDB driver from several connections at once,
 * SIGKILLs the child right after the last acknowledgement, starts a new store on the same file and looks for
 * every acknowledged write.
 */
class MongoStoreKillIT {

    private static final String DATABASE = "essor-funding";
    private static final int WRITERS = 4;
    private static final int GRANTS = 120;
    private static final int GHOSTS = 12;

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyWriteAcknowledgedBeforeAKillDashNineIsFoundAfterARestart() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("essor.mv.db");
        StoreProcess first = startStore(file, FreePorts.next(), "first");
        long acknowledged;
        try (MongoClient client = client(first)) {
            MongoCollection<Document> grants = grants(client);
            grants.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            // inserts, several connections at once
            concurrently(GRANTS, i -> grants.insertOne(new Document("_id", grantId(i))
                    .append("reference", "REF-" + i)
                    .append("amount", 1_000 + i)
                    .append("status", "DRAFT")
                    .append("items", List.of("a", "b"))
                    .append("version", 0)));
            concurrently(GHOSTS, i -> grants.insertOne(new Document("_id", ghostId(i)).append("reference", "GHOST-" + i)));
            // then one update of each kind, and deletes, again at once: they are the last writes before the kill
            concurrently(GRANTS, i -> {
                switch (i % 4) {
                    case 0 -> assertThat(grants.updateOne(Filters.eq("_id", grantId(i)), Updates.set("status", "PAID"))
                            .getModifiedCount()).isEqualTo(1);
                    case 1 -> assertThat(grants.updateOne(Filters.eq("_id", grantId(i)), Updates.push("items", "c"))
                            .getModifiedCount()).isEqualTo(1);
                    case 2 -> assertThat(grants.updateOne(Filters.eq("_id", grantId(i)), Updates.pull("items", "a"))
                            .getModifiedCount()).isEqualTo(1);
                    default -> assertThat(grants.findOneAndUpdate(Filters.eq("_id", grantId(i)),
                            Updates.combine(Updates.inc("version", 1), Updates.set("status", "VOTED")),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)).getInteger("version"))
                            .isEqualTo(1);
                }
            });
            concurrently(GHOSTS, i -> assertThat(grants.deleteOne(Filters.eq("_id", ghostId(i))).getDeletedCount())
                    .isEqualTo(1));
            acknowledged = 1 + GRANTS + GHOSTS + GRANTS + GHOSTS;
            // SIGKILL right after the last acknowledgement: no clean shutdown, no last commit
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        StoreProcess second = startStore(file, FreePorts.next(), "second");
        try (MongoClient client = client(second)) {
            MongoCollection<Document> grants = grants(client);
            List<String> missing = new ArrayList<>();
            List<String> lostUpdates = new ArrayList<>();
            for (int i = 0; i < GRANTS; i++) {
                Document grant = grants.find(Filters.eq("_id", grantId(i))).first();
                if (grant == null) {
                    missing.add(grantId(i));
                } else if (!updateFound(i, grant)) {
                    lostUpdates.add(grantId(i) + " " + grant.toJson());
                }
            }
            List<String> resurrected = new ArrayList<>();
            for (int i = 0; i < GHOSTS; i++) {
                if (grants.find(Filters.eq("_id", ghostId(i))).first() != null) {
                    resurrected.add(ghostId(i));
                }
            }
            String summary = "kill -9 after " + acknowledged + " acknowledged writes: " + missing.size() + " of "
                    + GRANTS + " inserts missing, " + lostUpdates.size() + " of " + GRANTS + " updates lost, "
                    + resurrected.size() + " of " + GHOSTS + " deleted documents back";
            System.out.println("[MongoStoreKillIT] " + summary);
            assertThat(missing).as(summary).isEmpty();
            assertThat(lostUpdates).as(summary).isEmpty();
            assertThat(resurrected).as(summary).isEmpty();

            // the unique index came back with the data, and the store takes writes again
            assertThat(grants.countDocuments()).isEqualTo(GRANTS);
            assertThatThrownBy(() -> grants.insertOne(new Document("_id", "grant-dup").append("reference", "REF-7")))
                    .isInstanceOf(MongoWriteException.class);
            grants.insertOne(new Document("_id", "grant-after").append("reference", "REF-after"));
            assertThat(grants.countDocuments()).isEqualTo(GRANTS + 1);
        }
    }

    @Test
    void aKillDashNineWhileWritesAreInFlightLosesNoneOfThoseAlreadyAcknowledged() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("essor.mv.db");
        StoreProcess first = startStore(file, FreePorts.next(), "first");
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Set<String> incremented = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        try (MongoClient client = client(first);
             ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            MongoCollection<Document> grants = grants(client);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                pool.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        String id = "w" + writer + "-" + i;
                        try {
                            grants.insertOne(new Document("_id", id).append("n", 0));
                            inserted.add(id);
                            grants.updateOne(Filters.eq("_id", id), Updates.inc("n", 1));
                            incremented.add(id);
                        } catch (MongoException e) {
                            return; // the store was killed while this write was in flight: it was not acknowledged
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (inserted.size() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            killed.set(true);
            // SIGKILL while the writers are still sending: some writes are applied in memory, not yet acknowledged
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(inserted).as("inserts acknowledged before the kill").hasSizeGreaterThanOrEqualTo(60);

        StoreProcess second = startStore(file, FreePorts.next(), "second");
        try (MongoClient client = client(second)) {
            MongoCollection<Document> grants = grants(client);
            Map<String, Integer> found = new HashMap<>();
            for (Document grant : grants.find()) {
                found.put(grant.getString("_id"), grant.getInteger("n"));
            }
            List<String> missing = inserted.stream().filter(id -> !found.containsKey(id)).sorted().toList();
            List<String> lostIncrements = incremented.stream().filter(id -> !Integer.valueOf(1).equals(found.get(id)))
                    .sorted().toList();
            String summary = "kill -9 amid writes: " + inserted.size() + " inserts and " + incremented.size()
                    + " increments acknowledged; " + missing.size() + " inserts missing, " + lostIncrements.size()
                    + " increments lost; " + found.keySet().stream().filter(id -> !inserted.contains(id)).count()
                    + " inserts applied but not yet acknowledged at the kill kept";
            System.out.println("[MongoStoreKillIT] " + summary);
            assertThat(missing).as(summary).isEmpty();
            assertThat(lostIncrements).as(summary).isEmpty();
        }
    }

    private static boolean updateFound(int i, Document grant) {
        List<String> items = grant.getList("items", String.class);
        return switch (i % 4) {
            case 0 -> "PAID".equals(grant.getString("status"));
            case 1 -> items.equals(List.of("a", "b", "c"));
            case 2 -> items.equals(List.of("b"));
            default -> grant.getInteger("version") == 1 && "VOTED".equals(grant.getString("status"));
        };
    }

    /** Runs {@code write} for 0..count-1, spread over {@link #WRITERS} threads (so as many connections), and waits. */
    private static void concurrently(int count, IntConsumer write) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = writer; i < count; i += WRITERS) {
                        write.accept(i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private StoreProcess startStore(Path file, int port, String name) throws IOException, InterruptedException {
        Path log = dataDir.resolve(name + "-store.log");
        Process process = new ProcessBuilder(BackendProcess.storeCommand(List.of("-Xmx256m"), file, port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(log) || !Files.readAllLines(log, StandardCharsets.UTF_8).contains(BackendProcess.READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The " + name + " store did not start (exit: "
                        + (process.isAlive() ? "still running" : process.exitValue()) + "):\n"
                        + (Files.exists(log) ? Files.readString(log) : "no output"));
            }
            Thread.sleep(20);
        }
        return new StoreProcess(process, port);
    }

    /** A store in its child JVM and the port it serves. */
    private record StoreProcess(Process process, int port) {
    }

    private static MongoClient client(StoreProcess store) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + store.port() + "/" + DATABASE))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build());
    }

    private static MongoCollection<Document> grants(MongoClient client) {
        return client.getDatabase(DATABASE).getCollection("grants");
    }

    private static String grantId(int i) {
        return "grant-" + i;
    }

    private static String ghostId(int i) {
        return "ghost-" + i;
    }
}
