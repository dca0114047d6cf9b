package fr.essor.kit.outbox;

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
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASE_UNTIL = "outboxLeaseUntil";
    static final String LEASE_OWNER = "outboxLeaseOwner";

    private final MongoTemplate mongo;
    private final Outboxes outboxes;
    private final EventSender sender;
    private final EventLog eventLog;
    private final List<OutboxRelayObserver> observers;
    private final MeterRegistry meters;
    private final OutboxBacklog backlog;
    private final Clock clock;
    private final Duration lease;
    private final Duration pollInterval;
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, Outboxes outboxes, EventSender sender, EventLog eventLog,
                       List<OutboxRelayObserver> observers, MeterRegistry meters, OutboxBacklog backlog, Clock clock,
                       Duration lease, Duration pollInterval) {
        this.mongo = mongo;
        this.outboxes = outboxes;
        this.sender = sender;
        this.eventLog = eventLog;
        this.observers = observers;
        this.meters = meters;
        this.backlog = backlog;
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
        running = true;
        thread = Thread.ofPlatform().name("essor-outbox-relay").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
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
            Document claimed;
            while (running && (claimed = claim(collection)) != null) {
                if (!publish(collection, claimed)) {
                    break;
                }
            }
        }
        backlog.refresh(outboxes.collections());
    }

    private Document claim(String collection) {
        Date now = Date.from(clock.instant());
        Query claimable = Query.query(new Criteria().andOperator(
                Criteria.where(PendingEvents.FIELD + ".0").exists(true),
                new Criteria().orOperator(Criteria.where(LEASE_UNTIL).exists(false),
                        Criteria.where(LEASE_UNTIL).lt(now))));
        claimable.fields().include(PendingEvents.FIELD);
        Update lease = new Update().set(LEASE_UNTIL, Date.from(clock.instant().plus(this.lease)))
                .set(LEASE_OWNER, owner);
        return mongo.findAndModify(claimable, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    /** @return true when every pending event of the document went out */
    private boolean publish(String collection, Document claimed) {
        Object id = claimed.get("_id");
        List<Document> pending = claimed.getList(PendingEvents.FIELD, Document.class);
        for (Document stored : pending) {
            OutgoingEvent event = PendingEvents.fromDocument(stored);
            try {
                sender.send(event, PendingEvents.traceHeaders(stored));
            } catch (Exception e) {
                log.warn("Broker did not acknowledge {} ({}); it stays in the outbox: {}", event.id(), event.type(),
                        e.toString());
                releaseLease(collection, id, clock.instant().plus(pollInterval));
                return false;
            }
            observers.forEach(observer -> observer.acknowledged(event));
            eventLog.append(event);
            mongo.updateFirst(ownedBy(id), new Update().pull(PendingEvents.FIELD, new Document("id", event.id())),
                    collection);
            Counter.builder("essor.events.published").description("Events acknowledged by the broker")
                    .tag("type", event.type()).register(meters).increment();
        }
        releaseLease(collection, id, null);
        return true;
    }

    private void releaseLease(String collection, Object id, Instant retryAfter) {
        Update release = retryAfter == null
                ? new Update().unset(LEASE_UNTIL).unset(LEASE_OWNER)
                : new Update().set(LEASE_UNTIL, Date.from(retryAfter)).unset(LEASE_OWNER);
        mongo.updateFirst(ownedBy(id), release, collection);
    }

    private Query ownedBy(Object id) {
        return Query.query(Criteria.where("_id").is(id).and(LEASE_OWNER).is(owner));
    }
}
