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
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
 * <li>claims one document with pending events by taking a time-bound lease ({@code findAndModify}), so that several
 * instances never send the same document's events concurrently;</li>
 * <li>sends its events in order and waits for each acknowledgement;</li>
 * <li>only then appends the event to the event log and removes it from the outbox ({@code $pull}).</li>
 * </ol>
 * A crash between 2 and 3 sends the event again later (a duplicate that consumers absorb), never loses it.
 * The relay is woken by every outbox write and polls as a fallback.
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
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean stopped;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, Outboxes outboxes, EventSender sender, EventLog eventLog,
                       List<OutboxRelayObserver> observers, MeterRegistry meters, Clock clock,
                       Duration lease, Duration pollInterval) {
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
    }

    /** Asks the relay to drain now rather than at its next poll. */
    public void wake() {
        signal.release();
    }

    @Override
    public synchronized void start() {
        // a test context is stopped when paused in the cache and started again when reused
        stopped = false;
        running = true;
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
                drain();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Outbox relay round failed, retrying at next poll: {}", e.toString());
                }
            }
        }
    }

    /** Drains every outbox until nothing is left that can be sent now. Visible for tests. */
    public void drain() {
        for (String collection : outboxes.collections()) {
            while (!stopped) {
                Instant leaseEnd = clock.instant().plus(lease);
                List<Document> claimed = claim(collection, leaseEnd);
                if (claimed.isEmpty() || !publish(collection, claimed, leaseEnd)) {
                    break;
                }
            }
        }
    }

    /**
     * Claims up to {@value #BATCH} documents with pending events: one query finds candidates, then each is leased by
     * id with a {@code findAndModify} that re-checks it is still claimable (another instance may have taken it).
     */
    private List<Document> claim(String collection, Instant leaseEnd) {
        Date now = Date.from(clock.instant());
        Query candidates = Query.query(claimable(now)).limit(BATCH);
        candidates.fields().include("_id");
        Update lease = new Update().set(LEASE_UNTIL, Date.from(leaseEnd)).set(LEASE_OWNER, owner);
        List<Document> claimed = new ArrayList<>();
        for (Document candidate : mongo.find(candidates, Document.class, collection)) {
            Query byId = Query.query(new Criteria().andOperator(Criteria.where("_id").is(candidate.get("_id")),
                    claimable(now)));
            byId.fields().include(PendingEvents.FIELD);
            Document document = mongo.findAndModify(byId, lease, FindAndModifyOptions.options().returnNew(true),
                    Document.class, collection);
            if (document != null) {
                claimed.add(document);
            }
        }
        return claimed;
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
        List<Delivery> deliveries = claimed.stream().map(document -> new Delivery(collection, document)).toList();
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
        boolean allSent = true;
        List<Object> untouched = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            allSent &= !delivery.failed;
            if (delivery.sentIds.isEmpty() && delivery.failed) {
                untouched.add(delivery.id);
                continue;
            }
            Update done = delivery.failed
                    ? new Update().set(LEASE_UNTIL, Date.from(clock.instant().plus(pollInterval))).unset(LEASE_OWNER)
                    : new Update().unset(LEASE_UNTIL).unset(LEASE_OWNER);
            if (!delivery.sentIds.isEmpty()) {
                done.pull(PendingEvents.FIELD, new Document("id", new Document("$in", delivery.sentIds)));
            }
            mongo.updateFirst(ownedBy(delivery.id), done, collection);
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

        private final String collection;
        private final Object id;
        private final List<Document> pending;
        private final List<String> sentIds = new ArrayList<>();
        private int next;
        private boolean failed;

        Delivery(String collection, Document claimed) {
            this.collection = collection;
            this.id = claimed.get("_id");
            this.pending = claimed.getList(PendingEvents.FIELD, Document.class);
        }

        boolean hasNext() {
            return !failed && next < pending.size();
        }

        /** Waits for the acknowledgement of the event just sent, then logs it (or stops this document). */
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
            eventLog.append(event, collection, id);
            sentIds.add(event.id());
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
