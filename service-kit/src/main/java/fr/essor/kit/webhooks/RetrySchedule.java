package fr.essor.kit.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: the n-th retry waits the n-th delay of the schedule, give or take a random
 * {@code jitter} fraction (so that many deliveries failing together do not all come back at once). After the last
 * delay the delivery has failed for good. The default schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) is the
 * one the Standard Webhooks specification suggests: 8 attempts over about 27 h 35 min.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
        }
    }

    /** How many attempts a delivery gets, the first included. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** The wait before retry number {@code step} (0 for the first retry), jittered; empty past the last one. */
    public java.util.Optional<Duration> delay(int step) {
        if (step < 0 || step >= delays.size()) {
            return java.util.Optional.empty();
        }
        long millis = delays.get(step).toMillis();
        long spread = (long) (millis * jitter);
        long jittered = spread == 0 ? millis : millis + ThreadLocalRandom.current().nextLong(-spread, spread + 1);
        return java.util.Optional.of(Duration.ofMillis(Math.max(0, jittered)));
    }

    /** The sum of the delays, without jitter: how long a delivery keeps being retried. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
