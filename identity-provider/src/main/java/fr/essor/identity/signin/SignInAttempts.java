package fr.essor.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force protection of the sign-in form, per login: {@code maxFailures} failures within {@code window} lock the
 * login for {@code lockDuration}, whatever password comes next. Known and unknown logins are treated alike, so the
 * lock tells nothing about which logins exist. In memory: the provider runs as one local process.
 */
public final class SignInAttempts {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    public SignInAttempts(Clock clock, int maxFailures, Duration window, Duration lockDuration) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** True while the login is locked. */
    public boolean isLocked(String login) {
        Record record = records.get(key(login));
        if (record == null) {
            return false;
        }
        synchronized (record) {
            return record.lockedUntil != null && clock.instant().isBefore(record.lockedUntil);
        }
    }

    /**
     * Counts a failed sign-in.
     *
     * @return true when this failure locks the login
     */
    public boolean failed(String login) {
        Instant now = clock.instant();
        Record record = records.computeIfAbsent(key(login), ignored -> new Record());
        synchronized (record) {
            Instant oldestCounted = now.minus(window);
            while (!record.failures.isEmpty() && !record.failures.peekFirst().isAfter(oldestCounted)) {
                record.failures.removeFirst();
            }
            record.failures.addLast(now);
            if (record.failures.size() >= maxFailures) {
                record.lockedUntil = now.plus(lockDuration);
                record.failures.clear();
                return true;
            }
            return false;
        }
    }

    /** A successful sign-in forgets the earlier failures. */
    public void succeeded(String login) {
        records.remove(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Record {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
