package fr.essor.kit.webhooks;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule standard = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10)), 0.2);

    @Test
    void theDefaultScheduleRetriesForMoreThanADayInEightAttempts() {
        assertThat(standard.attempts()).isEqualTo(8);
        assertThat(standard.span()).isGreaterThan(Duration.ofHours(24));
        assertThat(standard.delay(7)).isEmpty();
        assertThat(standard.delay(-1)).isEmpty();
    }

    @RepeatedTest(20)
    void eachDelayIsJitteredWithinItsFraction() {
        Duration third = standard.delay(2).orElseThrow();
        assertThat(third).isBetween(Duration.ofMinutes(24), Duration.ofMinutes(36));
    }

    @Test
    void withoutJitterTheDelaysAreExact() {
        RetrySchedule exact = new RetrySchedule(List.of(Duration.ofMillis(300)), 0);
        assertThat(exact.delay(0)).contains(Duration.ofMillis(300));
        assertThat(exact.delay(1)).isEmpty();
    }
}
