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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay with a broker that blocks each send (a frozen broker: {@code max.block.ms}, unacknowledged requests): a
 * round ends before its lease, so a second relay instance never sends a document's events while the first may still
 * send them, and each aggregate's events reach the broker in order; the backlog gauges are measured on their own.
 */
class OutboxRelayUnderOutageTest {

    record Item(String id, long version) {
    }

    static final String COLLECTION = "items";

    /** One record the broker wrote: which relay sent it, and when. */
    record Written(String relay, String aggregate, int sequence) {
    }

    /**
     * Blocks the caller of each send for {@code blockMillis} (like the producer waiting for metadata), then writes the
     * record a little later on another thread, or fails it without writing (an unacknowledged request that timed
     * out); it never writes later than {@link #maxSendTime()} after the send started.
     */
    static final class SlowBroker implements EventSender {

        final String name;
        final List<Written> log;
        final long blockMillis;
        final double failureRate;
        final Duration maxSendTime;
        final ExecutorService acks = Executors.newFixedThreadPool(2);
        final Random random = new Random(42);
        final List<Duration> leaseLeftAtSend = new CopyOnWriteArrayList<>();
        MongoTemplate mongo;

        SlowBroker(String name, List<Written> log, long blockMillis, double failureRate, Duration maxSendTime) {
            this.name = name;
            this.log = log;
            this.blockMillis = blockMillis;
            this.failureRate = failureRate;
            this.maxSendTime = maxSendTime;
        }

        @Override
        public void send(OutgoingEvent event) throws Exception {
            sendAsync(event, Map.of()).get();
        }

        @Override
        public Duration maxSendTime() {
            return maxSendTime;
        }

        @Override
        public CompletableFuture<?> sendAsync(OutgoingEvent event, Map<String, String> traceHeaders) {
            if (mongo != null) {
                Document document = mongo.findById(event.subject(), Document.class, COLLECTION);
                leaseLeftAtSend.add(Duration.between(Instant.now(),
                        document.getDate(OutboxRelay.LEASE_UNTIL).toInstant()));
            }
            sleep(blockMillis);
            boolean fails;
            synchronized (random) {
                fails = random.nextDouble() < failureRate;
            }
            return CompletableFuture.runAsync(() -> {
                sleep(fails ? maxSendTime.toMillis() / 2 : 2);
                if (fails) {
                    throw new IllegalStateException("no acknowledgement from the broker");
                }
                String[] parts = event.id().split("#");
                log.add(new Written(name, parts[0], Integer.parseInt(parts[1])));
            }, acks);
        }
    }

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    Outboxes outboxes;
    SimpleMeterRegistry meters;
    AggregateStore<Item> items;
    final List<OutboxRelay> relays = new ArrayList<>();
    final List<SlowBroker> brokers = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "outbox-outage-test");
        outboxes = new Outboxes();
        meters = new SimpleMeterRegistry();
        items = new AggregateStore<>(mongo, new OutboxStore(mongo, relay(new SlowBroker("unused", List.of(), 0, 0,
                Duration.ofMillis(100)), Duration.ofSeconds(1)), Map::of), outboxes, COLLECTION, Item.class);
    }

    private OutboxRelay relay(SlowBroker broker, Duration lease) {
        brokers.add(broker);
        // the relays here are woken by no write (the store's relay is never started): each scans at every poll, so
        // that two of them compete for the same documents
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, broker, new EventLog(mongo, Clock.systemUTC()), List.of(),
                meters, Clock.systemUTC(), lease, Duration.ofMillis(50), Duration.ofMillis(50));
        relays.add(relay);
        return relay;
    }

    @AfterEach
    void stop() throws InterruptedException {
        relays.forEach(OutboxRelay::stop);
        for (SlowBroker broker : brokers) {
            broker.acks.shutdownNow();
            broker.acks.awaitTermination(5, TimeUnit.SECONDS);
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRoundUnderAFrozenBrokerEndsBeforeItsLeaseAndReleasesTheDocumentsItDidNotReach() {
        Duration lease = Duration.ofSeconds(5);
        SlowBroker frozen = new SlowBroker("a", new CopyOnWriteArrayList<>(), 300, 1.0, Duration.ofMillis(600));
        frozen.mongo = mongo;
        OutboxRelay relay = relay(frozen, lease);
        IntStream.range(0, OutboxRelay.BATCH).forEach(i ->
                items.insert(new Item("i" + i, 1), List.of(event("i" + i, 1))));

        long started = System.nanoTime();
        relay.drain();
        Duration round = Duration.ofNanos(System.nanoTime() - started);

        assertThat(round).as("50 sends blocking 300 ms each would take 15 s").isLessThan(lease);
        assertThat(frozen.leaseLeftAtSend).as("sends attempted").isNotEmpty().hasSizeLessThan(OutboxRelay.BATCH);
        assertThat(frozen.leaseLeftAtSend).as("each send started with time for it left in the lease")
                .allSatisfy(left -> assertThat(left).isGreaterThanOrEqualTo(frozen.maxSendTime));
        for (Document document : mongo.findAll(Document.class, COLLECTION)) {
            assertThat(document.getList(PendingEvents.FIELD, Document.class)).as("nothing lost").hasSize(1);
            assertThat(document).as("released for the next round").doesNotContainKey(OutboxRelay.LEASE_OWNER);
        }
    }

    @Test
    void twoRelaysUnderASlowAndFailingBrokerKeepEachAggregatesEventsInOrder() {
        List<Written> written = new CopyOnWriteArrayList<>();
        Duration lease = Duration.ofSeconds(1);
        // more than two claims take (a claim leases up to BATCH documents in one write): while one relay sends its
        // claim, the other claims the next documents, so that both send whatever the timing
        int aggregates = OutboxRelay.BATCH * 2 + 20;
        int eventsEach = 5;
        IntStream.range(0, aggregates).forEach(i -> items.insert(new Item("i" + i, 1),
                IntStream.rangeClosed(1, eventsEach).mapToObj(n -> event("i" + i, n)).toList()));
        OutboxRelay first = relay(new SlowBroker("first", written, 10, 0.1, Duration.ofMillis(300)), lease);
        OutboxRelay second = relay(new SlowBroker("second", written, 10, 0.1, Duration.ofMillis(300)), lease);

        first.start();
        second.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection(COLLECTION).countDocuments(
                new Document(PendingEvents.FIELD + ".0", new Document("$exists", true))) == 0);
        assertThat(written.stream().map(Written::relay).distinct()).as("both relays sent")
                .containsExactlyInAnyOrder("first", "second");
        for (int i = 0; i < aggregates; i++) {
            String aggregate = "i" + i;
            List<Integer> sequence = written.stream().filter(w -> w.aggregate().equals(aggregate))
                    .map(Written::sequence).toList();
            assertThat(sequence).as("what the broker holds for " + aggregate).isSorted()
                    .containsAll(IntStream.rangeClosed(1, eventsEach).boxed().toList());
        }
    }

    @Test
    void writesSucceedAtOnceAndTheBacklogGaugesFollowTheOutboxWhileTheRelayIsStuckOnAFrozenBroker() {
        CountDownLatch thaw = new CountDownLatch(1);
        List<String> published = new CopyOnWriteArrayList<>();
        EventSender stuck = new EventSender() {
            @Override
            public void send(OutgoingEvent event) throws Exception {
                if (!thaw.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("broker frozen");
                }
                published.add(event.id());
            }
        };
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T23:00:00Z"));
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, stuck, new EventLog(mongo, clock), List.of(), meters,
                Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofMillis(50));
        relays.add(relay);
        OutboxBacklog backlog = new OutboxBacklog(mongo, outboxes, clock, meters, Duration.ofMillis(50));
        items.insert(new Item("first", 1), List.of(new OutgoingEvent("first#1", "fr.essor.test.item-created.v1",
                "/essor/test", "first", "essor.test.items", clock.instant(), "{}")));
        relay.start();
        backlog.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("essor.outbox.backlog") == 1);

            clock.advance(Duration.ofSeconds(60));
            long writing = System.nanoTime();
            IntStream.range(0, 149).forEach(i -> items.insert(new Item("n" + i, 1), List.of(new OutgoingEvent(
                    "n" + i + "#1", "fr.essor.test.item-created.v1", "/essor/test", "n" + i, "essor.test.items",
                    clock.instant(), "{}"))));
            assertThat(Duration.ofNanos(System.nanoTime() - writing)).as("149 writes while the broker is frozen")
                    .isLessThan(Duration.ofSeconds(10));

            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("essor.outbox.backlog") == 150);
            assertThat(gauge("essor.outbox.oldest.pending.age")).isEqualTo(60.0);
            clock.advance(Duration.ofSeconds(30));
            assertThat(gauge("essor.outbox.oldest.pending.age")).as("the age grows between two counts")
                    .isEqualTo(90.0);

            thaw.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> published.size() == 150);
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("essor.outbox.backlog") == 0);
            assertThat(gauge("essor.outbox.oldest.pending.age")).isZero();
        } finally {
            backlog.stop();
            thaw.countDown();
        }
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static OutgoingEvent event(String aggregate, int sequence) {
        return new OutgoingEvent(aggregate + "#" + sequence, "fr.essor.test.item-created.v1", "/essor/test",
                aggregate, "essor.test.items", Instant.now(), "{}");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
