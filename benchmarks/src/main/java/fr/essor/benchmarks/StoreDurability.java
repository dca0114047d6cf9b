package fr.essor.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.essor.platform.MongoStore;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the embedded store's per-write sync costs (issue 15, ARCHITECTURE §6 "durability").
 * <p>
 * For each mode and each number of writers, a fresh store on a file in a temporary directory, one driver client
 * (one connection per writer thread): {@code writers} threads insert {@code inserts} small documents (one
 * {@code insertOne} each, acknowledged), then update them {@code updates} times in all ({@code $inc} + {@code $push}
 * on a random one of them). Modes:
 * <ul>
 * <li>{@code synced}: {@link MongoStore} as the platform runs it (each write committed and synced before its
 * acknowledgement, concurrent writes sharing syncs);</li>
 * <li>{@code delayed}: mongo-java-server's plain {@code H2Backend} on the same kind of file (H2 commits about once a
 * second in the background): what the platform ran before, which a {@code kill -9} lost writes of.</li>
 * </ul>
 * Prints one Markdown row per run: inserts/s, insert latency p50/p99/max, updates/s, update latency p50/p99, syncs
 * per write, file size at the end.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar -Dloader.main=fr.essor.benchmarks.StoreDurability
 * org.springframework.boot.loader.launch.PropertiesLauncher --inserts=3000 --updates=3000 --writers=1,4,16}
 * (see benchmarks/README.md).
 */
public final class StoreDurability {

    private static final String DATABASE = "essor-bench";

    private StoreDurability() {
    }

    public static void main(String[] args) throws Exception {
        int inserts = intArg(args, "inserts", 3000);
        int updates = intArg(args, "updates", 3000);
        List<Integer> writerCounts = Arrays.stream(arg(args, "writers", "1,4,16").split(","))
                .map(Integer::parseInt).toList();
        List<String> modes = List.of(arg(args, "modes", "delayed,synced").split(","));
        System.out.println("| mode | writers | inserts | inserts/s | insert p50 / p99 / max (ms) | updates | updates/s"
                + " | update p50 / p99 (ms) | syncs per write | file (KB) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int writers : writerCounts) {
            for (String mode : modes) {
                System.out.println(run(mode, inserts, updates, writers).markdown());
            }
        }
    }

    static Result run(String mode, int inserts, int updates, int writers) throws Exception {
        Path dir = Files.createTempDirectory("essor-store-bench");
        Path file = dir.resolve("mongo/essor.mv.db");
        Files.createDirectories(file.getParent());
        int port = Scratch.freePort();
        MongoStore synced = null;
        MongoServer delayed = null;
        try {
            if (mode.equals("synced")) {
                synced = new MongoStore(file, port);
                synced.start();
            } else if (mode.equals("delayed")) {
                delayed = new MongoServer(new H2Backend(file.toString()));
                delayed.bind("localhost", port);
            } else {
                throw new IllegalArgumentException("mode: synced or delayed, not " + mode);
            }
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port + "/" + DATABASE
                    + "?maxPoolSize=" + Math.max(writers, 2))) {
                MongoCollection<Document> grants = client.getDatabase(DATABASE).getCollection("grants");
                // warm-up: connections, JIT, the collection's maps
                timed(writers, 200, i -> grants.insertOne(new Document("_id", "warm-" + i)));
                Timed insertRun = timed(writers, inserts, i -> grants.insertOne(new Document("_id", "grant-" + i)
                        .append("reference", "REF-" + i).append("amount", 1_000 + i).append("status", "DRAFT")
                        .append("items", List.of("a", "b")).append("version", 0)));
                Timed updateRun = timed(writers, updates, i -> grants.updateOne(
                        Filters.eq("_id", "grant-" + Math.floorMod(i * 7919, inserts)),
                        Updates.combine(Updates.inc("version", 1), Updates.push("items", "u" + i))));
                double syncsPerWrite = synced == null ? -1 : (double) synced.syncs() / synced.writes();
                return new Result(mode, writers, insertRun, updateRun, syncsPerWrite, Files.size(file));
            }
        } finally {
            if (synced != null) {
                synced.stop();
            }
            if (delayed != null) {
                delayed.shutdown();
            }
            Scratch.deleteQuietly(dir);
        }
    }

    private interface Write {
        void run(int i);
    }

    /** {@code count} writes spread over {@code writers} threads, each timed. */
    private static Timed timed(int writers, int count, Write write) throws Exception {
        long start = System.nanoTime();
        List<Long> latencies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<List<Long>>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = writer; i < count; i += writers) {
                        long before = System.nanoTime();
                        write.run(i);
                        mine.add(System.nanoTime() - before);
                    }
                    return mine;
                }));
            }
            for (Future<List<Long>> writer : done) {
                latencies.addAll(writer.get());
            }
        }
        long elapsed = System.nanoTime() - start;
        latencies.sort(Comparator.naturalOrder());
        return new Timed(count, elapsed, latencies);
    }

    /** A timed series of writes; latencies in nanoseconds, sorted. */
    record Timed(int count, long elapsedNanos, List<Long> latencies) {

        double perSecond() {
            return count * 1e9 / elapsedNanos;
        }

        String millis(int percentile) {
            int rank = (int) Math.ceil(percentile / 100.0 * latencies.size());
            return String.format(Locale.ROOT, "%.2f", latencies.get(Math.max(0, rank - 1)) / 1e6);
        }
    }

    record Result(String mode, int writers, Timed inserts, Timed updates, double syncsPerWrite, long fileBytes) {

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s / %s / %s | %d | %.0f | %s / %s | %s | %d |",
                    mode, writers, inserts.count(), inserts.perSecond(), inserts.millis(50), inserts.millis(99),
                    inserts.millis(100), updates.count(), updates.perSecond(), updates.millis(50), updates.millis(99),
                    syncsPerWrite < 0 ? "—" : String.format(Locale.ROOT, "%.2f", syncsPerWrite), fileBytes / 1024);
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
    }
}
