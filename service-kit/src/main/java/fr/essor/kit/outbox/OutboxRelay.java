package fr.essor.kit.outbox;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.events.OutgoingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves events from aggregate outboxes to Kafka (ARCHITECTURE §3).
 * <ol>
 * <li>claims documents with pending events by taking a time-bound lease, so that several instances never send the
 * same document's events concurrently;</li>
 * <li>sends each document's events in order and waits for each acknowledgement;</li>
 * <li>only then appends the events to the event log and removes them from the outbox ({@code $pull}).</li>
 * </ol>
 * A crash between 2 and 3 sends the event again later (a duplicate that consumers absorb), never loses it.
 * <p>
 * Every outbox write wakes the relay with the document it wrote ({@link #wake(String, Object)}): the relay claims those
 * documents by id. Scanning the collections for documents with pending events is the slow fallback, for what no
 * wake-up names: at start (what a crash left), every {@code scanInterval} (another instance that stopped), and at every
 * poll for a while after a round left something behind (a failed send, a document another round held).
 * Claiming, logging and removing are one write each for a whole round of up to {@value #BATCH} documents, not one per
 * document: on a store that syncs each write, that is what bounds the relay's throughput (benchmarks/README.md).
 */
public class OutboxRelay implements SmartLifecycle, DeclaresIndexes {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASE_UNTIL = "outboxLeaseUntil";
    static final String LEASE_OWNER = "outboxLeaseOwner";
    /** How many documents one claim takes: their events share the wait for acknowledgements. */
    static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final Outboxes outboxes;
    private final EventSender sender;
    private final EventLog eventLog;
    private final List<OutboxRelayObserver> observers;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration lease;
    private final Duration pollInterval;
    private final Duration scanInterval;
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore signal = new Semaphore(0);
    private final WokenDocuments woken = new WokenDocuments();
    /** When the next fallback scan is due; at start, at once. */
    private Instant nextScan = Instant.MIN;
    /** How many scheduled scans ran to their end (the one at start first): for tests that wait for one. */
    private final java.util.concurrent.atomic.AtomicLong scansCompleted = new java.util.concurrent.atomic.AtomicLong();
    /** Until when a scan runs at every poll: something was left behind. */
    private Instant scanEveryPollUntil = Instant.MIN;
    private volatile boolean running;
    private volatile boolean stopped;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, Outboxes outboxes, EventSender sender, EventLog eventLog,
                       List<OutboxRelayObserver> observers, MeterRegistry meters, Clock clock,
                       Duration lease, Duration pollInterval) {
        this(mongo, outboxes, sender, eventLog, observers, meters, clock, lease, pollInterval, Duration.ofSeconds(10));
    }

    /**
     * @param pollInterval how long the relay waits for a wake-up before a round, and how soon what a round left
     *                     behind is retried
     * @param scanInterval how often the collections are scanned for documents no wake-up named
     */
    public OutboxRelay(MongoTemplate mongo, Outboxes outboxes, EventSender sender, EventLog eventLog,
                       List<OutboxRelayObserver> observers, MeterRegistry meters, Clock clock,
                       Duration lease, Duration pollInterval, Duration scanInterval) {
        if (lease.minus(lease.dividedBy(10)).compareTo(sender.maxSendTime()) <= 0) {
            log.warn("essor.outbox.lease ({}) is not longer than the longest send ({}) plus a tenth: during a broker "
                    + "outage an event may still reach the broker after its lease, and another instance's send of the "
                    + "same aggregate may overtake it; use a longer lease (the kit's default is 30 s)", lease,
                    sender.maxSendTime());
        }
        this.mongo = mongo;
        this.outboxes = outboxes;
        this.sender = sender;
        this.eventLog = eventLog;
        this.observers = observers;
        this.meters = meters;
        this.clock = clock;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.scanInterval = scanInterval;
    }

    /** Asks the relay to send the pending events of this document now rather than at its next scan. */
    public void wake(String collection, Object id) {
        woken.add(collection, id);
        signal.release();
    }

    @Override
    public synchronized void start() {
        // a test context is stopped when paused in the cache and started again when reused
        stopped = false;
        running = true;
        nextScan = Instant.MIN; // what a crash, or a stop in the middle of a round, left
        thread = Thread.ofPlatform().name("essor-outbox-relay").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                round();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                leftBehind();
                if (running) {
                    log.warn("Outbox relay round failed, retrying at next poll: {}", e.toString());
                }
            }
        }
    }

    /** Sends what the wake-ups named, then scans if a scan is due. */
    private void round() {
        if (!drainWoken()) {
            leftBehind();
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextScan) || now.isBefore(scanEveryPollUntil)) {
            nextScan = now.plus(scanInterval);
            if (!drain()) {
                leftBehind();
            }
            scansCompleted.incrementAndGet();
        }
    }

    /** How many scheduled scans ran to their end. Visible for tests. */
    public long scansCompleted() {
        return scansCompleted.get();
    }

    /**
     * Scans at every poll until a lease taken now would have ended: a document this relay failed to send is
     * claimable again after a poll, one a failed round kept after its lease.
     */
    private void leftBehind() {
        scanEveryPollUntil = clock.instant().plus(lease).plus(pollInterval);
    }

    /** @return true when nothing was left behind (a failed send) */
    private boolean drainWoken() {
        boolean allSent = true;
        for (WokenDocuments.Batch batch : woken.takeAll(BATCH)) {
            String collection = batch.collection();
            Instant leaseEnd = clock.instant().plus(lease);
            List<Document> claimed = claim(collection, batch.ids(), leaseEnd);
            // a woken document not claimed has no events left (a previous round sent them) or another instance
            // holds it (that one sends them; if it stops, the scan finds them when its lease ends)
            allSent &= claimed.isEmpty() || publish(collection, claimed, leaseEnd);
            if (stopped) {
                return allSent;
            }
        }
        return allSent;
    }

    /**
     * Scans every outbox and drains it until nothing is left that can be sent now. Visible for tests.
     *
     * @return true when nothing was left behind (a failed send)
     */
    public boolean drain() {
        boolean allSent = true;
        for (String collection : outboxes.collections()) {
            while (!stopped) {
                Instant leaseEnd = clock.instant().plus(lease);
                List<Document> claimed = claim(collection, candidates(collection), leaseEnd);
                if (claimed.isEmpty()) {
                    break;
                }
                if (!publish(collection, claimed, leaseEnd)) {
                    allSent = false;
                    break;
                }
            }
        }
        return allSent;
    }

    /** The ids of up to {@value #BATCH} documents with pending events that no relay holds. */
    private List<Object> candidates(String collection) {
        Query candidates = Query.query(claimable(Date.from(clock.instant()))).limit(BATCH);
        candidates.fields().include("_id");
        return mongo.find(candidates, Document.class, collection).stream().map(document -> document.get("_id"))
                .toList();
    }

    /**
     * Leases those of the documents that are still claimable (another instance may have taken one, or sent its events
     * already) in one write, then reads the ones this round holds.
     */
    private List<Document> claim(String collection, List<Object> ids, Instant leaseEnd) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Date until = Date.from(leaseEnd);
        // _id at the top of the query: a store plans it on the _id index (the embedded one only then)
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).andOperator(claimable(Date.from(clock.instant())))),
                new Update().set(LEASE_UNTIL, until).set(LEASE_OWNER, owner), collection);
        // the lease's end tells this round's claims from those a failed round of this relay still holds
        Query held = Query.query(Criteria.where("_id").in(ids).and(LEASE_OWNER).is(owner).and(LEASE_UNTIL).is(until));
        held.fields().include(PendingEvents.FIELD);
        return mongo.find(held, Document.class, collection);
    }

    /**
     * The claim's scan and the backlog's count, in every outbox: only the documents with pending events are in the
     * index (partial), keyed by their lease, so a claim reads those whose lease is absent or over and never the
     * collection's settled documents.
     */
    static QueryIndex pendingIndex(String collection) {
        return QueryIndex.on(collection, "outbox_pending").asc(LEASE_UNTIL)
                .partial(Criteria.where(PendingEvents.FIELD + ".0").exists(true));
    }

    @Override
    public List<QueryIndex> indexes() {
        return outboxes.collections().stream().sorted().map(OutboxRelay::pendingIndex).toList();
    }

    private static Criteria claimable(Date now) {
        return new Criteria().andOperator(
                Criteria.where(PendingEvents.FIELD + ".0").exists(true),
                new Criteria().orOperator(Criteria.where(LEASE_UNTIL).exists(false),
                        Criteria.where(LEASE_UNTIL).lt(now)));
    }

    /**
     * Sends the claimed documents' events in rounds: round n sends the n-th pending event of every document whose
     * previous events were all acknowledged, without waiting between documents, then waits for the round's
     * acknowledgements. Each aggregate's events thus leave strictly in order (the next only after the broker
     * acknowledged the previous), while different aggregates share the wait. An event is logged and removed only after
     * its acknowledgement; a document whose send failed keeps the rest of its events and is retried after a poll.
     * <p>
     * The round never outlives its lease: a send starts only if it is bounded to end before the lease does
     * ({@link EventSender#maxSendTime()}), and the wait for acknowledgements stops a tenth of the lease before its end,
     * which is kept for logging and releasing. With a frozen
     * broker each send blocks up to {@code max.block.ms}, so the round is cut short and the documents it did not reach
     * are released for the next round; no other instance can claim a document while one of its events may still reach
     * the broker from this one, which keeps each aggregate's order with several relays.
     *
     * @return true when every pending event of every document went out
     */
    private boolean publish(String collection, List<Document> claimed, Instant leaseEnd) {
        Instant roundEnd = leaseEnd.minus(bookkeeping());
        // with a lease too short for the send bound (warned at start), sends may at least start until the round's end
        Instant lastStart = lease.minus(bookkeeping()).compareTo(sender.maxSendTime()) > 0
                ? roundEnd.minus(sender.maxSendTime()) : roundEnd;
        List<Delivery> deliveries = claimed.stream().map(Delivery::new).toList();
        List<Delivery> round = deliveries;
        int cutShort = 0;
        while (!round.isEmpty()) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Delivery delivery : round) {
                if (clock.instant().isBefore(lastStart)) {
                    sends.add(send(delivery));
                } else {
                    sends.add(null);
                }
            }
            for (int i = 0; i < round.size(); i++) {
                if (sends.get(i) == null) {
                    round.get(i).failed = true;
                    cutShort++;
                } else {
                    round.get(i).settle(sends.get(i), roundEnd);
                }
            }
            round = round.stream().filter(Delivery::hasNext).toList();
        }
        if (cutShort > 0) {
            log.warn("Outbox round cut short at its lease: {} document(s) of {} left for the next round", cutShort,
                    collection);
        }
        eventLog.appendAll(deliveries.stream().flatMap(delivery -> delivery.sent.stream()
                .map(event -> new EventLog.Entry(event, collection, delivery.id))).toList());
        boolean allSent = true;
        List<Object> untouched = new ArrayList<>();
        BulkOperations releases = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int released = 0;
        for (Delivery delivery : deliveries) {
            allSent &= !delivery.failed;
            if (delivery.sent.isEmpty() && delivery.failed) {
                untouched.add(delivery.id);
                continue;
            }
            Update done = delivery.failed
                    ? new Update().set(LEASE_UNTIL, Date.from(clock.instant().plus(pollInterval))).unset(LEASE_OWNER)
                    : new Update().unset(LEASE_UNTIL).unset(LEASE_OWNER);
            if (!delivery.sent.isEmpty()) {
                done.pull(PendingEvents.FIELD, new Document("id", new Document("$in",
                        delivery.sent.stream().map(OutgoingEvent::id).toList())));
            }
            releases.updateOne(ownedBy(delivery.id), done);
            released++;
        }
        if (released > 0) { // logged, then removed and released: one write for the round
            releases.execute();
        }
        if (!untouched.isEmpty()) { // nothing of theirs went out: released in one write
            mongo.updateMulti(Query.query(Criteria.where("_id").in(untouched).and(LEASE_OWNER).is(owner)),
                    new Update().set(LEASE_UNTIL, Date.from(clock.instant().plus(pollInterval))).unset(LEASE_OWNER),
                    collection);
        }
        return allSent;
    }

    private CompletableFuture<?> send(Delivery delivery) {
        Document stored = delivery.pending.get(delivery.next);
        try {
            return sender.sendAsync(PendingEvents.fromDocument(stored), PendingEvents.traceHeaders(stored));
        } catch (RuntimeException refusedAtOnce) { // e.g. no metadata for the topic within max.block.ms
            return CompletableFuture.failedFuture(refusedAtOnce);
        }
    }

    /** One claimed document on its way out: its pending events, how far it got, what the broker acknowledged. */
    private final class Delivery {

        private final Object id;
        private final List<Document> pending;
        private final List<OutgoingEvent> sent = new ArrayList<>();
        private int next;
        private boolean failed;

        Delivery(Document claimed) {
            this.id = claimed.get("_id");
            this.pending = claimed.getList(PendingEvents.FIELD, Document.class);
        }

        boolean hasNext() {
            return !failed && next < pending.size();
        }

        /** Waits for the acknowledgement of the event just sent, then keeps it for the log (or stops this document). */
        void settle(CompletableFuture<?> send, Instant roundEnd) {
            OutgoingEvent event = PendingEvents.fromDocument(pending.get(next));
            try {
                // a sender bounds its own wait; the round's end is the backstop
                send.get(Math.max(0, Duration.between(clock.instant(), roundEnd).toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                log.warn("Broker did not acknowledge {} ({}); it stays in the outbox: {}", event.id(), event.type(),
                        cause.toString());
                failed = true;
                return;
            }
            observers.forEach(observer -> observer.acknowledged(event));
            sent.add(event);
            next++;
            Counter.builder("essor.events.published").description("Events acknowledged by the broker")
                    .tag("type", event.type()).register(meters).increment();
        }
    }

    /** The end of the lease kept for logging and releasing what the round sent: a tenth of the lease. */
    private Duration bookkeeping() {
        return lease.dividedBy(10);
    }

    private Query ownedBy(Object id) {
        return Query.query(Criteria.where("_id").is(id).and(LEASE_OWNER).is(owner));
    }
}
