package fr.essor.kit.health;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gauge's value from a measure: 1 only for UP, and 0 once the last measure is stale (a check stuck). */
class HealthGaugesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.UP);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final HealthGauges gauges = new HealthGauges(() -> {
        Status current = status.get();
        if (current == null) {
            throw new IllegalStateException("health check stuck");
        }
        return Map.of("overall", current, "mongo", current, "kafka", Status.UP);
    }, meters, clock, Duration.ofSeconds(15));

    private double overall() {
        return status("overall");
    }

    private double status(String component) {
        return meters.get("essor.health.status").tag("component", component).gauge().value();
    }

    @Test
    void readsZeroBeforeTheFirstMeasureThenOneWhenUpAndZeroForAnyOtherStatus() {
        assertThat(overall()).isZero();

        gauges.refresh();
        assertThat(overall()).isEqualTo(1);

        for (Status other : new Status[] {Status.DOWN, Status.OUT_OF_SERVICE, Status.UNKNOWN}) {
            status.set(other);
            gauges.refresh();
            assertThat(overall()).as(other.getCode()).isZero();
            assertThat(status("mongo")).as(other.getCode()).isZero();
            assertThat(status("kafka")).as("each component its own status").isEqualTo(1);
        }
    }

    @Test
    void aMeasureOlderThanFourRefreshIntervalsReadsZero() {
        gauges.refresh();
        status.set(null); // the next measures fail
        assertThatThrownBy(gauges::refresh).isInstanceOf(IllegalStateException.class);

        now.set(now.get().plusSeconds(60));
        assertThat(overall()).as("last measure 60 s old").isEqualTo(1);
        now.set(now.get().plusSeconds(1));
        assertThat(overall()).as("last measure 61 s old").isZero();
    }
}
