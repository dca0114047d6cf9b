package fr.essor.benchmarks;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * A minimal service built with the kit, as the four services are: one aggregate collection with its outbox, and one
 * consumer of the facts it publishes that applies each one idempotently (the effect is an insert keyed by event id).
 */
@SpringBootApplication
public class BenchmarkApplication {

    public static final String ITEMS = "bench_items";
    public static final String APPLIED = "bench_applied";
    public static final String TOPIC = "essor.bench.items";

    /** The benchmark's aggregate: an id, a version (the outbox guard) and a little state. */
    public record ItemDocument(String id, long version, String label, int amount) {
    }

    /** The fact each item publishes, read back by the consumer. */
    public record ItemRecorded(String itemId, int amount) {
    }

    @Bean
    AggregateStore<ItemDocument> items(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes) {
        return new AggregateStore<>(mongo, outbox, outboxes, ITEMS, ItemDocument.class);
    }

    @Bean
    Consumer<Message<byte[]>> benchItems(EventConsumers consumers, EventTypes types, MongoTemplate mongo) {
        return consumers.consumer(EventRoutes.following().on(types.type("item-recorded", 1), ItemRecorded.class,
                (event, item) -> applied(mongo, event, item)));
    }

    private static Consumption applied(MongoTemplate mongo, IncomingEvent event, ItemRecorded item) {
        try {
            mongo.insert(new Document("_id", event.id())
                    .append("itemId", item.itemId())
                    .append("occurredAt", Date.from(event.time()))
                    .append("appliedAt", Date.from(Instant.now())), APPLIED);
            return Consumption.APPLIED;
        } catch (DuplicateKeyException alreadyApplied) {
            return Consumption.DUPLICATE;
        }
    }
}
