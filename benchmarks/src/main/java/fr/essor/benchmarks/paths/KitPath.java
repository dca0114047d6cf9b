package fr.essor.benchmarks.paths;

import fr.essor.benchmarks.BenchmarkApplication;
import fr.essor.benchmarks.BenchmarkApplication.ItemDocument;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.EventLog;
import org.bson.Document;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The kit's path, as the four services take it: a minimal kit-built service ({@link BenchmarkApplication}) writes
 * each document with its event in its outbox (one single-document write), the kit's relay publishes it and logs it,
 * and a kit consumer (Spring Cloud Stream) applies it as an insert keyed by event id.
 */
final class KitPath implements EventPath {

    private final ConfigurableApplicationContext context;
    private final AggregateStore<ItemDocument> items;
    private final EventTypes types;
    private final MongoTemplate mongo;

    @SuppressWarnings("unchecked")
    KitPath(String mongoUri, String bootstrapServers) {
        context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .web(WebApplicationType.NONE)
                // as command-line arguments: they must win over the kit's defaults (localhost:9092…)
                .run("--essor.service.name=bench",
                        "--spring.application.name=essor-benchmark",
                        // a divergence pass (ADR-0023) reads the whole topic: not during the measurement
                        "--essor.divergence.enabled=false",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--spring.cloud.function.definition=benchItems",
                        "--spring.cloud.stream.bindings.benchItems-in-0.destination=" + BenchmarkApplication.TOPIC,
                        "--spring.cloud.stream.bindings.benchItems-in-0.group=bench-consumer");
        items = context.getBean(AggregateStore.class);
        types = context.getBean(EventTypes.class);
        mongo = context.getBean(MongoTemplate.class);
    }

    @Override
    public String name() {
        return "kit";
    }

    @Override
    public PathRun run(LoadShape shape) throws Exception {
        for (String collection : List.of(BenchmarkApplication.ITEMS, BenchmarkApplication.APPLIED,
                EventLog.COLLECTION)) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        String phase = shape.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        Pacer.drive(shape, i -> {
            String id = phase + "-" + i;
            items.insert(new ItemDocument(id, 1, "Article " + i, i),
                    List.of(new OutgoingEvent(UUID.randomUUID().toString(), types.type("item-recorded", 1),
                            types.source(), id, BenchmarkApplication.TOPIC, Instant.now(),
                            "{\"itemId\":\"" + id + "\",\"amount\":" + i + "}")));
        });
        Duration writing = Duration.between(start, Instant.now());
        Waiting.until(() -> count(EventLog.COLLECTION) >= shape.events()
                        && count(BenchmarkApplication.APPLIED) >= shape.events(),
                () -> count(EventLog.COLLECTION) + " published, " + count(BenchmarkApplication.APPLIED)
                        + " applied of " + shape.events());
        return new PathRun(name(), shape, writing,
                Duration.between(start, last(EventLog.COLLECTION, EventLog.PUBLISHED_AT)),
                Duration.between(start, last(BenchmarkApplication.APPLIED, "appliedAt")),
                millisBetween(EventLog.COLLECTION, "time", EventLog.PUBLISHED_AT),
                millisBetween(BenchmarkApplication.APPLIED, "occurredAt", "appliedAt"));
    }

    private long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private List<Long> millisBetween(String collection, String from, String to) {
        List<Long> millis = new ArrayList<>();
        for (Document document : mongo.getCollection(collection).find()) {
            millis.add(document.getDate(to).getTime() - document.getDate(from).getTime());
        }
        millis.sort(Comparator.naturalOrder());
        return millis;
    }

    private Instant last(String collection, String field) {
        Document last = mongo.getCollection(collection).find().sort(new Document(field, -1)).first();
        return last.getDate(field).toInstant();
    }

    @Override
    public void close() {
        context.close();
    }
}
