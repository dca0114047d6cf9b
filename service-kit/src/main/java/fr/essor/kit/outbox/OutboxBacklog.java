package fr.essor.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is waiting in the outboxes, refreshed by the relay after each round and exposed as gauges:
 * {@code essor_outbox_backlog} (events) and {@code essor_outbox_oldest_pending_age_seconds}.
 */
public class OutboxBacklog {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxBacklog(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        Gauge.builder("essor.outbox.backlog", events, AtomicLong::get)
                .description("Events written but not yet acknowledged by the broker").register(meters);
        Gauge.builder("essor.outbox.oldest.pending.age", oldestAgeMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest event waiting in an outbox").baseUnit("seconds").register(meters);
    }

    void refresh(Set<String> collections) {
        long count = 0;
        Date oldest = null;
        for (String collection : collections) {
            Query pending = Query.query(Criteria.where(PendingEvents.FIELD + ".0").exists(true));
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
        oldestAgeMillis.set(oldest == null ? 0 : Duration.between(oldest.toInstant(), clock.instant()).toMillis());
    }
}
