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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay shares the wait for acknowledgements between aggregates, yet each aggregate's events leave in order, each
 * only after the previous one was acknowledged; an event is removed and logged only once acknowledged; a failure stops
 * that aggregate only, and its remaining events go later, in order.
 */
class OutboxRelayTest {

    record Item(String id, long version) {
    }

    static final String COLLECTION = "items";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);

    /** Acknowledges on another thread a little later, like a broker; fails the ids in {@link #failing}. */
    final class AsyncBroker implements EventSender {

        final ExecutorService acks = Executors.newFixedThreadPool(4);
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        /** For each event sent, the ids already acknowledged at that moment. */
        final Map<String, Set<String>> acknowledgedWhenSent = new ConcurrentHashMap<>();
        volatile int maxInFlight;
        final Set<String> inFlight = ConcurrentHashMap.newKeySet();

        @Override
        public void send(OutgoingEvent event) throws Exception {
            sendAsync(event, Map.of()).get();
        }

        @Override
        public CompletableFuture<?> sendAsync(OutgoingEvent event, Map<String, String> traceHeaders) {
            sent.add(event.id());
            acknowledgedWhenSent.put(event.id(), Set.copyOf(acknowledged));
            inFlight.add(event.id());
            maxInFlight = Math.max(maxInFlight, inFlight.size());
            return CompletableFuture.runAsync(() -> {
                sleep(5);
                inFlight.remove(event.id());
                if (failing.contains(event.id())) {
                    throw new IllegalStateException("broker refused " + event.id());
                }
                acknowledged.add(event.id());
            }, acks);
        }
    }

    final AsyncBroker broker = new AsyncBroker();
    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    OutboxRelay relay;
    AggregateStore<Item> items;
    EventLog eventLog;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "outbox-relay-test");
        eventLog = new EventLog(mongo, CLOCK);
        relayScanningEvery(Duration.ofSeconds(10));
    }

    /** A relay (polling every 100 ms) whose fallback scan for documents no write woke it for runs this often. */
    private void relayScanningEvery(Duration scanInterval) {
        Outboxes outboxes = new Outboxes();
        relay = new OutboxRelay(mongo, outboxes, broker, eventLog, List.of(), new SimpleMeterRegistry(),
                Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofMillis(100), scanInterval);
        items = new AggregateStore<>(mongo, new OutboxStore(mongo, relay, Map::of), outboxes, COLLECTION, Item.class);
    }

    @AfterEach
    void stop() throws InterruptedException {
        relay.stop();
        broker.acks.shutdownNow();
        broker.acks.awaitTermination(5, TimeUnit.SECONDS);
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachAggregatesEventsLeaveInOrderEachAfterThePreviousWasAcknowledgedWhileAggregatesShareTheWait() {
        items.insert(new Item("a", 1), List.of(event("a1", "a"), event("a2", "a"), event("a3", "a")));
        items.insert(new Item("b", 1), List.of(event("b1", "b")));
        items.insert(new Item("c", 1), List.of(event("c1", "c"), event("c2", "c")));

        relay.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("a").isEmpty() && pendingOf("b").isEmpty()
                && pendingOf("c").isEmpty());
        assertThat(broker.sent).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "c1", "c2");
        assertThat(order("a")).containsExactly("a1", "a2", "a3");
        assertThat(order("c")).containsExactly("c1", "c2");
        assertThat(broker.acknowledgedWhenSent.get("a2")).contains("a1");
        assertThat(broker.acknowledgedWhenSent.get("a3")).contains("a1", "a2");
        assertThat(broker.acknowledgedWhenSent.get("c2")).contains("c1");
        assertThat(broker.maxInFlight).as("the first events of a, b and c wait together").isGreaterThan(1);
        for (String id : List.of("a1", "a2", "a3", "b1", "c1", "c2")) {
            assertThat(eventLog.contains(id)).as(id + " logged").isTrue();
        }
        Document logged = mongo.findById("c2", Document.class, EventLog.COLLECTION);
        assertThat(logged.get(EventLog.AGGREGATE, Document.class))
                .as("the log names the document each event was sent from, for the divergence check")
                .isEqualTo(new Document("collection", COLLECTION).append("id", "c"));
        assertThat(logged.getDate(EventLog.PUBLISHED_AT)).isNotNull();
        Document a = mongo.findById("a", Document.class, COLLECTION);
        assertThat(a).doesNotContainKeys(OutboxRelay.LEASE_UNTIL, OutboxRelay.LEASE_OWNER);
    }

    @Test
    void aRefusedEventStopsItsAggregateOnlyAndItsRemainingEventsLeaveLaterInOrder() {
        broker.failing.add("a2");
        items.insert(new Item("a", 1), List.of(event("a1", "a"), event("a2", "a"), event("a3", "a")));
        items.insert(new Item("b", 1), List.of(event("b1", "b"), event("b2", "b")));

        relay.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("b").isEmpty()
                && pendingOf("a").equals(List.of("a2", "a3")));
        assertThat(eventLog.contains("a1")).isTrue();
        assertThat(eventLog.contains("a2")).isFalse();
        assertThat(broker.sent).doesNotContain("a3");

        broker.failing.clear();

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("a").isEmpty());
        assertThat(order("a").stream().distinct().toList()).containsExactly("a1", "a2", "a3");
        assertThat(eventLog.contains("a2")).isTrue();
        assertThat(eventLog.contains("a3")).isTrue();
    }

    @Test
    void moreAggregatesThanOneClaimTakesAllLeave() {
        int count = OutboxRelay.BATCH * 2 + 7;
        IntStream.range(0, count).forEach(i -> items.insert(new Item("i" + i, 1), List.of(event("e" + i, "i" + i))));

        relay.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> broker.acknowledged.size() == count);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(EventLog.COLLECTION)
                .countDocuments() == count);
        assertThat(mongo.getCollection(COLLECTION).countDocuments(new Document("pendingEvents.0",
                new Document("$exists", true)))).isZero();
    }

    @Test
    void aWriteWakesTheRelayForItsDocumentWhichIsSentWithoutWaitingForAScan() {
        relayScanningEvery(Duration.ofHours(1));
        rawDocumentWithPendingEvent("left-by-a-crash", "crash1");
        relay.start();
        await("the scan at start").atMost(Duration.ofSeconds(10)).until(() -> eventLog.contains("crash1")
                && relay.scansCompleted() == 1);
        rawDocumentWithPendingEvent("written-behind-the-relays-back", "unnamed1");

        items.insert(new Item("a", 1), List.of(event("a1", "a")));
        items.update("a", 1, new Item("a", 2), List.of(event("a2", "a")));
        items.insert(new Item("b", 1), List.of(event("b1", "b")));

        // the next scan is an hour away: only the wake-ups, by document id, can have sent these
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf("a").isEmpty() && pendingOf("b").isEmpty());
        assertThat(order("a")).containsExactly("a1", "a2");
        assertThat(List.of("a1", "a2", "b1")).allMatch(eventLog::contains);
        assertThat(broker.sent).as("no scan ran since the one at start").doesNotContain("unnamed1");
        assertThat(pendingOf("written-behind-the-relays-back")).containsExactly("unnamed1");
    }

    @Test
    void aDocumentNoWriteWokeTheRelayForIsFoundByTheScan() {
        relayScanningEvery(Duration.ofMillis(300));
        relay.start();
        items.insert(new Item("a", 1), List.of(event("a1", "a")));
        await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.contains("a1"));

        rawDocumentWithPendingEvent("written-behind-the-relays-back", "unnamed1");

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf("written-behind-the-relays-back").isEmpty());
        assertThat(eventLog.contains("unnamed1")).isTrue();
    }

    @Test
    void aRoundLogsEachEventOnceWhenOneOfThemWasLoggedByAnEarlierSendThatCrashedBeforeItsRemoval() {
        mongo.getCollection(EventLog.COLLECTION).insertOne(new Document("_id", "b1").append("type", "earlier"));
        items.insert(new Item("a", 1), List.of(event("a1", "a")));
        items.insert(new Item("b", 1), List.of(event("b1", "b")));
        items.insert(new Item("c", 1), List.of(event("c1", "c")));

        relay.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf("a").isEmpty() && pendingOf("b").isEmpty()
                && pendingOf("c").isEmpty());
        assertThat(List.of("a1", "b1", "c1")).allMatch(eventLog::contains);
        assertThat(mongo.getCollection(EventLog.COLLECTION).countDocuments()).isEqualTo(3);
        assertThat(mongo.findById("b1", Document.class, EventLog.COLLECTION).getString("type"))
                .as("the earlier entry is kept").isEqualTo("earlier");
    }

    /** A document with a pending event stored without going through the outbox store: no wake-up names it. */
    private void rawDocumentWithPendingEvent(String id, String eventId) {
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", id).append("version", 1L)
                .append(PendingEvents.FIELD, List.of(PendingEvents.toDocument(event(eventId, id)))));
    }

    private List<String> pendingOf(String id) {
        Document document = mongo.findById(id, Document.class, COLLECTION);
        return document.getList("pendingEvents", Document.class).stream().map(e -> e.getString("id")).toList();
    }

    private List<String> order(String aggregate) {
        List<String> order = new ArrayList<>();
        for (String id : broker.sent) {
            if (id.startsWith(aggregate)) {
                order.add(id);
            }
        }
        return Collections.unmodifiableList(order);
    }

    private static OutgoingEvent event(String id, String subject) {
        return new OutgoingEvent(id, "fr.essor.test.item-created.v1", "/essor/test", subject, "essor.test.items",
                CLOCK.instant(), "{}");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
