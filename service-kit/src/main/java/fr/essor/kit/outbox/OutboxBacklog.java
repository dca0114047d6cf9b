package fr.essor.kit.outbox;

import fr.essor.kit.metrics.MeasuredOnItsOwnThread;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is waiting in the outboxes, as gauges: {@code essor_outbox_backlog} (events) and
 * {@code essor_outbox_oldest_pending_age_seconds}. Measured by its own thread ({@code essor-outbox-backlog}), every
 * {@code essor.outbox.backlog-refresh}, never by the relay: while the broker is frozen the relay's rounds are slow, and
 * gauges refreshed by them stayed at their values from before the outage. The age is computed when read, from the
 * time of the oldest pending event, so it keeps growing even if a count is late.
 */
public class OutboxBacklog extends MeasuredOnItsOwnThread {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);
    private static final long NONE = Long.MIN_VALUE;

    private final MongoTemplate mongo;
    private final Outboxes outboxes;
    private final Clock clock;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong oldestEpochMillis = new AtomicLong(NONE);

    public OutboxBacklog(MongoTemplate mongo, Outboxes outboxes, Clock clock, MeterRegistry meters,
                         Duration refreshInterval) {
        super("essor-outbox-backlog", refreshInterval);
        this.mongo = mongo;
        this.outboxes = outboxes;
        this.clock = clock;
        Gauge.builder("essor.outbox.backlog", events, AtomicLong::get)
                .description("Events written but not yet acknowledged by the broker").register(meters);
        Gauge.builder("essor.outbox.oldest.pending.age", this, OutboxBacklog::oldestAgeSeconds)
                .description("Age of the oldest event waiting in an outbox").baseUnit("seconds").register(meters);
    }

    /** Counts the pending events of every registered outbox now. Visible for tests. */
    @Override
    public void refresh() {
        long count = 0;
        Date oldest = null;
        for (String collection : outboxes.collections()) {
            // one clause per state of the lease (none or one): the partial index outbox_pending serves the count
            Query pending = Query.query(Criteria.where(PendingEvents.FIELD + ".0").exists(true).orOperator(
                    Criteria.where(OutboxRelay.LEASE_UNTIL).exists(false),
                    Criteria.where(OutboxRelay.LEASE_UNTIL).exists(true)));
            pending.fields().include(PendingEvents.FIELD);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                for (Document event : document.getList(PendingEvents.FIELD, Document.class)) {
                    count++;
                    Date time = event.getDate("time");
                    if (oldest == null || time.before(oldest)) {
                        oldest = time;
                    }
                }
            }
        }
        events.set(count);
        oldestEpochMillis.set(oldest == null ? NONE : oldest.getTime());
    }

    double oldestAgeSeconds() {
        long oldest = oldestEpochMillis.get();
        return oldest == NONE ? 0 : Math.max(0, clock.millis() - oldest) / 1000.0;
    }

    @Override
    protected void measureFailed(RuntimeException e) { // the store is away: keep the last count, the age still grows
        log.warn("Outbox backlog not measured, keeping the last count: {}", e.toString());
    }
}
