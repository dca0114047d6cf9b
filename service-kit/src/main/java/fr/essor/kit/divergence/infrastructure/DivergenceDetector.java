package fr.essor.kit.divergence.infrastructure;

import fr.essor.kit.divergence.domain.Divergence;
import fr.essor.kit.divergence.domain.DivergenceCheck;
import fr.essor.kit.divergence.domain.DivergenceKind;
import fr.essor.kit.divergence.domain.DivergenceReport;
import fr.essor.kit.divergence.domain.LoggedEvent;
import fr.essor.kit.divergence.domain.StoreSnapshot;
import fr.essor.kit.divergence.domain.TopicEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs the divergence check (ADR-0023) on its own thread ({@code essor-divergence}): first after
 * {@code essor.divergence.initial-delay}, then every {@code essor.divergence.interval}. Each pass reads the store
 * (aggregates and pending events, then the event log), then the topics, compares them, keeps the report for the ops
 * API and page, sets the gauge {@code essor_divergent_events{kind}} and logs a WARN naming what diverges.
 */
public class DivergenceDetector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DivergenceDetector.class);
    /** How many divergences a WARN names (the ops page and API list them all). */
    static final int LOGGED = 20;

    private final MongoOutboxReader store;
    private final KafkaTopicReader topics;
    private final DivergenceCheck check;
    private final Clock clock;
    private final boolean scheduled;
    private final Duration initialDelay;
    private final Duration interval;
    private final Map<DivergenceKind, AtomicLong> gauges = new EnumMap<>(DivergenceKind.class);
    private final AtomicReference<DivergenceReport> last = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private volatile boolean running;
    private Thread thread;

    public DivergenceDetector(MongoOutboxReader store, KafkaTopicReader topics, DivergenceCheck check, Clock clock,
                              MeterRegistry meters, boolean scheduled, Duration initialDelay, Duration interval) {
        this.store = store;
        this.topics = topics;
        this.check = check;
        this.clock = clock;
        this.scheduled = scheduled;
        this.initialDelay = initialDelay;
        this.interval = interval;
        for (DivergenceKind kind : DivergenceKind.values()) {
            AtomicLong count = new AtomicLong();
            gauges.put(kind, count);
            Gauge.builder("essor.divergent.events", count, AtomicLong::get).tag("kind", kind.tag())
                    .description("Events on which this service's store and its topics disagree, at the last check")
                    .register(meters);
        }
    }

    /** Runs one pass now and returns its report (the scheduled thread and the ops API share it). */
    public synchronized DivergenceReport check() {
        Instant start = clock.instant();
        long began = System.nanoTime();
        MongoOutboxReader.Aggregates aggregates = store.aggregates();
        List<LoggedEvent> logged = store.eventLog();
        Set<String> named = new TreeSet<>(aggregates.pendingTopics());
        logged.stream().map(LoggedEvent::topic).filter(topic -> topic != null).forEach(named::add);
        List<TopicEvent> records = topics.readAll(named);
        DivergenceReport report = check.compare(new StoreSnapshot(aggregates.versions(), aggregates.pendingIds(),
                logged, records), start).took(Duration.ofNanos(System.nanoTime() - began));
        last.set(report);
        lastFailure.set(null);
        report.eventsByKind().forEach((kind, count) -> gauges.get(kind).set(count));
        if (report.clean()) {
            log.info("Divergence check: store and topics agree ({} records, {} logged events, {} aggregates, {} ms)",
                    report.topicRecords(), report.loggedEvents(), report.aggregates(), report.took().toMillis());
        } else {
            log.warn("Divergence check: store and topics disagree on {} ({} records, {} logged events, {} aggregates, "
                            + "{} ms): {}{}", counts(report), report.topicRecords(), report.loggedEvents(),
                    report.aggregates(), report.took().toMillis(), report.divergences().stream().limit(LOGGED)
                            .map(DivergenceDetector::named).collect(Collectors.joining("; ")),
                    report.divergences().size() > LOGGED ? "; … see /ops/divergences" : "");
        }
        return report;
    }

    /** The last pass's report, if one ran. */
    public Optional<DivergenceReport> lastReport() {
        return Optional.ofNullable(last.get());
    }

    /** Why the last pass failed, if it did (the store or the broker away); the report before it is kept. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    public Duration gracePeriod() {
        return check.gracePeriod();
    }

    public Duration interval() {
        return interval;
    }

    public boolean scheduled() {
        return scheduled;
    }

    private static String counts(DivergenceReport report) {
        return report.eventsByKind().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getValue() + " " + entry.getKey().tag()).collect(Collectors.joining(", "));
    }

    private static String named(Divergence divergence) {
        return divergence.kind().tag() + " " + (divergence.collection() == null ? "" : divergence.collection() + "/")
                + divergence.aggregate() + " on " + divergence.topic() + " events " + divergence.eventIds()
                + (divergence.kind() == DivergenceKind.VERSIONS_APART ? " (topic version " + divergence.topicVersion()
                + ", store version " + (divergence.storedVersion() == null ? "none: document gone"
                : divergence.storedVersion()) + ")" : "");
    }

    @Override
    public synchronized void start() {
        running = true;
        if (scheduled) {
            thread = Thread.ofPlatform().name("essor-divergence").daemon().start(this::loop);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration wait = initialDelay;
        while (running) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            wait = interval;
            try {
                check();
            } catch (RuntimeException e) { // the store or the broker is away: the next pass tries again
                lastFailure.set(clock.instant() + " : " + e);
                if (running) {
                    log.warn("Divergence check failed, next try in {}: {}", interval, e.toString());
                }
            }
        }
    }
}
