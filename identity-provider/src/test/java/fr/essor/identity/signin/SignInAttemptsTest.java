package fr.essor.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private final MovableClock clock = new MovableClock();
    private final SignInAttempts attempts = new SignInAttempts(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheLoginForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.failed("dter")).as("failure " + i).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(attempts.isLocked("dter")).isFalse();

        assertThat(attempts.failed("dter")).isTrue();

        assertThat(attempts.isLocked("dter")).isTrue();
        assertThat(attempts.isLocked("DTER ")).as("the same login, however typed").isTrue();
        assertThat(attempts.isLocked("dpas")).isFalse();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked("dter")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("dter")).isFalse();
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        for (int i = 1; i <= 4; i++) {
            attempts.failed("sens");
        }
        clock.advance(Duration.ofMinutes(15));

        assertThat(attempts.failed("sens")).isFalse();
        assertThat(attempts.isLocked("sens")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsTheEarlierFailures() {
        for (int i = 1; i <= 4; i++) {
            attempts.failed("achats");
        }

        attempts.succeeded("achats");

        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.failed("achats")).isFalse();
        }
        assertThat(attempts.isLocked("achats")).isFalse();
    }

    @Test
    void afterTheLockEndsTheCountStartsAgain() {
        for (int i = 1; i <= 5; i++) {
            attempts.failed("pole");
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(attempts.failed("pole")).as("one failure after the lock").isFalse();
        assertThat(attempts.isLocked("pole")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
