package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link DurableBackend} against a fake backend (an in-memory set of ids) and a fake disk that records what each
 * commit contained and what each sync made durable.
 */
class DurableBackendTest {

    /** What the fake backend holds in memory, what was committed, what was synced. */
    private final Set<String> memory = ConcurrentHashMap.newKeySet();
    private final Set<String> committed = ConcurrentHashMap.newKeySet();
    private final Set<String> durable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger failingSyncs = new AtomicInteger();

    private final DurableBackend.Disk disk = new DurableBackend.Disk() {
        @Override
        public boolean commit() {
            commits.incrementAndGet();
            return committed.addAll(memory);
        }

        @Override
        public void sync() {
            sleep(2); // a disk takes its time: writes pile up behind a sync
            if (failingSyncs.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("disk failed");
            }
            durable.addAll(committed);
        }
    };

    private final DurableBackend backend = new DurableBackend(fakeBackend(), disk);

    @Test
    void aWriteIsAnsweredOnlyOnceASyncMadeItDurableAndConcurrentWritesShareSyncs() throws Exception {
        List<String> notDurableWhenAnswered = concurrently(8, 50, (thread, i) -> {
            String id = "w" + thread + "-" + i;
            backend.handleCommand(null, "db", "insert", new Document("insert", "grants").append("id", id));
            return durable.contains(id) ? List.of() : List.of(id);
        });

        assertThat(notDurableWhenAnswered).isEmpty();
        assertThat(durable).hasSize(400);
        assertThat(backend.writes()).isEqualTo(400);
        assertThat(backend.syncs()).as("group commit: fewer syncs than writes").isLessThan(400);
    }

    @Test
    void aReadAnswersOnlyWithWritesThatAreAlreadyDurable() throws Exception {
        List<String> seenButNotDurable = concurrently(8, 50, (thread, i) -> {
            if (thread % 2 == 0) {
                backend.handleCommand(null, "db", "update", new Document("update", "grants").append("id", "w" + thread + "-" + i));
                return List.of();
            }
            Document answer = backend.handleCommand(null, "db", "find", new Document("find", "grants"));
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) answer.get("seen");
            return seen.stream().filter(id -> !durable.contains(id)).toList();
        });

        assertThat(seenButNotDurable).isEmpty();
    }

    @Test
    void readsAloneNeitherCommitNorSync() {
        backend.handleCommand(null, "db", "find", new Document("find", "grants"));
        backend.handleCommand(null, "db", "count", new Document("count", "grants"));
        backend.handleCommand(null, "db", "aggregate", new Document("aggregate", "grants")
                .append("pipeline", List.of(new Document("$match", new Document()))));

        assertThat(commits).hasValue(0);
        assertThat(backend.syncs()).isZero();
    }

    @Test
    void whatIsAWrite() {
        for (String write : List.of("insert", "update", "delete", "findAndModify", "findandmodify", "createIndexes",
                "dropIndexes", "drop", "dropDatabase", "create", "renameCollection", "someCommandNotKnownYet")) {
            assertThat(DurableBackend.isRead(write, new Document(write, "grants"))).as(write).isFalse();
        }
        for (String stage : List.of("$out", "$merge")) {
            assertThat(DurableBackend.isRead("aggregate", new Document("aggregate", "grants").append("pipeline",
                    List.of(new Document("$match", new Document()), new Document(stage, "copy"))))).as(stage).isFalse();
        }
        for (String read : List.of("find", "getMore", "count", "distinct", "listCollections", "listIndexes", "ping",
                "hello", "isMaster", "buildInfo", "killCursors", "endSessions")) {
            assertThat(DurableBackend.isRead(read, new Document(read, 1))).as(read).isTrue();
        }
    }

    @Test
    void aWriteWhoseSyncFailsFailsAndTheNextWriteSyncsItAgain() {
        failingSyncs.set(1);

        assertThatThrownBy(() -> backend.handleCommand(null, "db", "insert", new Document("insert", "g").append("id", "a")))
                .hasMessage("disk failed");
        assertThat(durable).isEmpty();

        backend.handleCommand(null, "db", "ping", new Document("ping", 1));
        assertThat(durable).as("a read waits for the earlier write: its commit is synced again").containsExactly("a");
        backend.handleCommand(null, "db", "insert", new Document("insert", "g").append("id", "b"));
        assertThat(durable).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aFailedCommandIsSyncedBeforeItsErrorIsAnswered() {
        assertThatThrownBy(() -> backend.handleCommand(null, "db", "insert",
                new Document("insert", "g").append("id", "half").append("fail", true)))
                .hasMessage("duplicate key after a part of the batch");
        assertThat(durable).containsExactly("half");
    }

    /** A backend whose writes add their "id" to {@link #memory} and whose reads answer what memory holds. */
    private MongoBackend fakeBackend() {
        return (MongoBackend) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MongoBackend.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("handleCommand")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String command = (String) args[2];
                    Document query = (Document) args[3];
                    if (DurableBackend.isRead(command, query)) {
                        return new Document("seen", new ArrayList<>(memory));
                    }
                    memory.add((String) query.get("id"));
                    if (Boolean.TRUE.equals(query.get("fail"))) {
                        throw new IllegalStateException("duplicate key after a part of the batch");
                    }
                    return new Document("ok", 1);
                });
    }

    private interface Step {
        List<String> run(int thread, int i) throws Exception;
    }

    /** Runs {@code step} {@code times} times on each of {@code threads} threads; collects what the steps return. */
    private static List<String> concurrently(int threads, int times, Step step) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> found = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        found.addAll(step.run(thread, i));
                    }
                    return found;
                }));
            }
            Set<String> all = new HashSet<>();
            List<String> found = new ArrayList<>();
            for (Future<List<String>> result : results) {
                for (String id : result.get(60, TimeUnit.SECONDS)) {
                    if (all.add(id)) {
                        found.add(id);
                    }
                }
            }
            return found;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
