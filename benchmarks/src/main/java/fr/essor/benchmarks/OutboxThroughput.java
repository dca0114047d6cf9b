package fr.essor.benchmarks;

import fr.essor.benchmarks.BenchmarkApplication.ItemDocument;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.EventLog;
import fr.essor.platform.KafkaBroker;
import fr.essor.platform.MongoStore;
import org.bson.Document;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The outbox's throughput and latency on the embedded default's real parts.
 * <p>
 * Starts the local platform's Kafka broker (KRaft) and Mongo store (mongo-java-server + H2) on free ports in a
 * temporary directory, then a minimal kit-built service ({@link BenchmarkApplication}); {@code writers} threads
 * create {@code aggregates} aggregates, each with one event in its outbox (one single-document write each); the
 * relay publishes them ({@code acks=all}, idempotent producer) and an idempotent consumer applies them. Reports:
 * <ul>
 * <li>write rate (aggregates + outbox, per second);</li>
 * <li>relay rate: events acknowledged by the broker per second, from the first write to the last event log entry;</li>
 * <li>end-to-end rate: events applied by the consumer per second;</li>
 * <li>latency write → broker acknowledgement and write → applied by the consumer (p50, p95, p99, max);</li>
 * <li>heap used after a full GC with everything applied.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar --aggregates=5000 --writers=4} (see benchmarks/README.md).
 */
public final class OutboxThroughput {

    private OutboxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int aggregates = intArg(args, "aggregates", 5000);
        int writers = intArg(args, "writers", 4);
        Path dir = Files.createTempDirectory("essor-bench");
        try (KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), freePort(), freePort());
             MongoStore store = new MongoStore(dir.resolve("mongo/essor.mv.db"), freePort())) {
            broker.start();
            store.start();
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                    .web(WebApplicationType.NONE)
                    // as command-line arguments: they must win over the kit's defaults (localhost:9092…)
                    .run("--essor.service.name=bench",
                            "--spring.application.name=essor-benchmark",
                            // a divergence pass (ADR-0023) reads the whole topic: not during the measurement
                            "--essor.divergence.enabled=false",
                            "--spring.mongodb.uri=" + store.connectionString("essor-bench"),
                            "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                            "--spring.cloud.function.definition=benchItems",
                            "--spring.cloud.stream.bindings.benchItems-in-0.destination=" + BenchmarkApplication.TOPIC,
                            "--spring.cloud.stream.bindings.benchItems-in-0.group=bench-consumer")) {
                System.out.println(run(context, aggregates, writers).markdown());
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /** One measured run; the service is already up. */
    static Result run(ConfigurableApplicationContext context, int aggregates, int writers) throws Exception {
        @SuppressWarnings("unchecked")
        AggregateStore<ItemDocument> items = context.getBean(AggregateStore.class);
        EventTypes types = context.getBean(EventTypes.class);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);

        Instant start = Instant.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = writer; i < aggregates; i += writers) {
                        String id = "item-" + i;
                        items.insert(new ItemDocument(id, 1, "Article " + i, i),
                                List.of(new OutgoingEvent(UUID.randomUUID().toString(),
                                        types.type("item-recorded", 1), types.source(), id,
                                        BenchmarkApplication.TOPIC, Instant.now(),
                                        "{\"itemId\":\"" + id + "\",\"amount\":" + i + "}")));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
        Duration writing = Duration.between(start, Instant.now());

        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (count(mongo, BenchmarkApplication.APPLIED) < aggregates || count(mongo, EventLog.COLLECTION) < aggregates) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not all events applied within 5 minutes: "
                        + count(mongo, EventLog.COLLECTION) + " published, "
                        + count(mongo, BenchmarkApplication.APPLIED) + " applied of " + aggregates);
            }
            Thread.sleep(50);
        }
        List<Long> published = millisBetween(mongo, EventLog.COLLECTION, "time", "publishedAt");
        List<Long> applied = millisBetween(mongo, BenchmarkApplication.APPLIED, "occurredAt", "appliedAt");
        Instant lastPublished = last(mongo, EventLog.COLLECTION, "publishedAt");
        Instant lastApplied = last(mongo, BenchmarkApplication.APPLIED, "appliedAt");

        System.gc();
        Thread.sleep(500);
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Result(aggregates, writers, writing, Duration.between(start, lastPublished),
                Duration.between(start, lastApplied), published, applied, heap);
    }

    /** What one run measured; latencies sorted ascending. */
    record Result(int aggregates, int writers, Duration writing, Duration toLastPublished, Duration toLastApplied,
                  List<Long> publishLatencies, List<Long> applyLatencies, long heapBytes) {

        double perSecond(Duration duration) {
            return aggregates * 1000.0 / Math.max(1, duration.toMillis());
        }

        String markdown() {
            return String.format(Locale.ROOT, """
                    | aggregates | writers | writes/s | relayed/s | applied/s | write→ack p50/p95/p99/max (ms) | write→applied p50/p95/p99/max (ms) | heap after GC (MB) |
                    |---|---|---|---|---|---|---|---|
                    | %d | %d | %.0f | %.0f | %.0f | %s | %s | %.0f |""",
                    aggregates, writers, perSecond(writing), perSecond(toLastPublished), perSecond(toLastApplied),
                    percentiles(publishLatencies), percentiles(applyLatencies), heapBytes / 1024.0 / 1024.0);
        }

        private static String percentiles(List<Long> sorted) {
            return percentile(sorted, 50) + " / " + percentile(sorted, 95) + " / " + percentile(sorted, 99) + " / "
                    + sorted.get(sorted.size() - 1);
        }

        static long percentile(List<Long> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    private static long count(MongoTemplate mongo, String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private static List<Long> millisBetween(MongoTemplate mongo, String collection, String from, String to) {
        List<Long> millis = new ArrayList<>();
        for (Document document : mongo.getCollection(collection).find()) {
            millis.add(document.getDate(to).getTime() - document.getDate(from).getTime());
        }
        millis.sort(Comparator.naturalOrder());
        return millis;
    }

    private static Instant last(MongoTemplate mongo, String collection, String field) {
        Document last = mongo.getCollection(collection).find().sort(new Document(field, -1)).first();
        return last.getDate(field).toInstant();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
