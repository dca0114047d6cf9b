package fr.essor.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the launcher does with a part (service, provider, broker, store) that exits on its own (ADR-0022): reports it
 * and starts it again after a back-off that doubles with each restart of that part in the last ten minutes (2 s, 4 s,
 * 8 s … at most 30 s), reports it « started again and UP » only once its health probe answers UP, and gives it up
 * after {@value #MOST_RESTARTS} restarts in {@code RESTART_WINDOW}. Driven by {@link #check} on each poll of one
 * supervising thread; the clock is given, so that tests run it on a clock of their own.
 */
final class Supervisor {

    static final int MOST_RESTARTS = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    static final Duration FIRST_BACK_OFF = Duration.ofSeconds(2);
    static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(30);

    /** A part as the supervisor sees it: a {@link ServiceProcess} and its health probe in the launcher. */
    interface Part {
        String name();

        boolean isAlive();

        int exitValue();

        /** Starts the part again; false when the platform is stopping meanwhile (nothing started). */
        boolean startAgain();

        long pid();

        /** Its health probe answers UP ({@code /actuator/health}, or a TCP connection for the broker and the store). */
        boolean isUp();

        Path logFile();
    }

    /** One part's restarts; touched by the supervising thread only. */
    private static final class Watch {
        private final List<Instant> restarts = new ArrayList<>();
        private Instant restartAt;
        private int exitCode;
        private boolean awaitingUp;
        private boolean givenUp;
    }

    private final Clock clock;
    private final Consumer<String> say;
    private final Map<String, Watch> watches = new HashMap<>();

    Supervisor(Clock clock, Consumer<String> say) {
        this.clock = clock;
        this.say = say;
    }

    /** The wait before the next restart of a part already started again {@code restartsInWindow} times lately. */
    static Duration backOff(int restartsInWindow) {
        Duration wait = FIRST_BACK_OFF;
        for (int i = 0; i < restartsInWindow && wait.compareTo(LONGEST_BACK_OFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_BACK_OFF) < 0 ? wait : LONGEST_BACK_OFF;
    }

    /** Looks at each part once: reports what came UP again, notices what exited, restarts what has waited enough. */
    void check(List<? extends Part> parts) {
        Instant now = clock.instant();
        for (Part part : parts) {
            check(part, now);
        }
    }

    private void check(Part part, Instant now) {
        Watch watch = watches.computeIfAbsent(part.name(), name -> new Watch());
        if (watch.givenUp) {
            return;
        }
        if (part.isAlive()) {
            if (watch.awaitingUp && part.isUp()) {
                watch.awaitingUp = false;
                say.accept(part.name() + " est de nouveau UP / started again and UP (pid " + part.pid() + ")");
            }
            return;
        }
        if (watch.restartAt == null) { // the exit is noticed now
            watch.exitCode = part.exitValue();
            watch.awaitingUp = false;
            watch.restarts.removeIf(time -> time.isBefore(now.minus(RESTART_WINDOW)));
            if (watch.restarts.size() >= MOST_RESTARTS) {
                watch.givenUp = true; // reported once
                say.accept(part.name() + " s'est arrêté (code " + watch.exitCode + ") " + MOST_RESTARTS + " fois en "
                        + RESTART_WINDOW.toMinutes() + " minutes : il n'est plus relancé / exited again, given up; "
                        + "voir / see " + part.logFile());
                return;
            }
            watch.restartAt = now.plus(backOff(watch.restarts.size()));
        }
        if (now.isBefore(watch.restartAt)) {
            return;
        }
        Duration waited = backOff(watch.restarts.size());
        watch.restartAt = null;
        if (!part.startAgain()) {
            return;
        }
        watch.restarts.add(now);
        watch.awaitingUp = true;
        say.accept(part.name() + " s'est arrêté (code " + watch.exitCode + ") / exited, relancé / restarted (pid "
                + part.pid() + ", après / after " + waited.toSeconds() + " s), attend d'être UP / waiting for UP; "
                + "journal précédent / previous log: " + part.logFile().resolveSibling(part.name() + ".previous.log"));
    }
}
