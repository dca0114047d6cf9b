package fr.essor.kit.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.essor.kit.events.OutgoingEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The writer's trace context travels with each pending event to the sender; events stored without one still go. */
class OutboxTraceContextTest {

    record Item(String id, String name, long version) {
    }

    static final String COLLECTION = "items";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final Map<String, Map<String, String>> sent = new ConcurrentHashMap<>();
    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    OutboxRelay relay;
    AggregateStore<Item> items;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "outbox-trace-test");
        Outboxes outboxes = new Outboxes();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        EventSender sender = new EventSender() {
            @Override
            public void send(OutgoingEvent event) {
                send(event, Map.of());
            }

            @Override
            public void send(OutgoingEvent event, Map<String, String> traceHeaders) {
                sent.put(event.id(), traceHeaders);
            }
        };
        relay = new OutboxRelay(mongo, outboxes, sender, new EventLog(mongo, CLOCK), List.of(), meters, CLOCK, Duration.ofSeconds(30), Duration.ofMillis(100));
        items = new AggregateStore<>(mongo, new OutboxStore(mongo, relay, () -> Map.of("traceparent", TRACEPARENT)),
                outboxes, COLLECTION, Item.class);
    }

    @AfterEach
    void stop() {
        relay.stop();
        client.close();
        server.shutdownNow();
    }

    private static OutgoingEvent event(String id, String subject) {
        return new OutgoingEvent(id, "fr.essor.test.item-created.v1", "/essor/test", subject, "essor.test.items",
                CLOCK.instant(), "{}");
    }

    @Test
    void theTraceContextOfTheWriterIsStoredWithTheEventAndHandedToTheSender() {
        items.insert(new Item("a", "Alpha", 1), List.of(event("e1", "a")));
        Document stored = mongo.findById("a", Document.class, COLLECTION);
        assertThat(stored.getList("pendingEvents", Document.class).getFirst().get("trace", Document.class))
                .containsEntry("traceparent", TRACEPARENT);

        relay.start();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(sent.get("e1")).containsExactly(Map.entry("traceparent", TRACEPARENT)));
    }

    @Test
    void anEventStoredWithoutTraceContextIsStillSentWithoutTraceHeaders() {
        mongo.insert(new Document("_id", "old").append("version", 1L).append("pendingEvents", List.of(
                new Document("id", "e-old").append("type", "fr.essor.test.item-created.v1")
                        .append("source", "/essor/test").append("subject", "old").append("topic", "essor.test.items")
                        .append("time", Date.from(CLOCK.instant())).append("payload", "{}"))), COLLECTION);

        relay.start();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sent.get("e-old")).isEmpty());
        // the relay removes the event just after the sender returned: wait for it rather than race it
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(mongo.findById("old", Document.class,
                COLLECTION).getList("pendingEvents", Document.class)).isEmpty());
    }
}
