package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The supervisor on a clock of its own, with a fake part that exits, starts and comes UP when told. */
class SupervisorTest {

    /** A part whose life the test decides. */
    private static final class FakePart implements Supervisor.Part {
        boolean alive = true;
        boolean up = true;
        boolean stopping;
        long pid = 100;
        int starts;

        void crash() {
            alive = false;
            up = false;
        }

        @Override
        public String name() {
            return "roadmap-service";
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public int exitValue() {
            return 137;
        }

        @Override
        public boolean startAgain() {
            if (stopping) {
                return false;
            }
            starts++;
            pid++;
            alive = true;
            return true;
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public boolean isUp() {
            return up;
        }

        @Override
        public Path logFile() {
            return Path.of("data/logs/roadmap-service.log");
        }
    }

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> said = new ArrayList<>();
    private final Supervisor supervisor = new Supervisor(clock, said::add);
    private final FakePart part = new FakePart();

    private void after(Duration duration) {
        now = now.plus(duration);
        supervisor.check(List.of(part));
    }

    /** The part exits, and the supervisor's next poll notices it (the back-off counts from then). */
    private void crashNoticed() {
        part.crash();
        supervisor.check(List.of(part));
    }

    @Test
    void theBackOffDoublesFromTwoSecondsUpToThirty() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 9).stream().map(Supervisor::backOff).map(Duration::toSeconds))
                .containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aRestartedPartIsReportedUpOnlyOnceItsProbeAnswers() {
        supervisor.check(List.of(part));
        crashNoticed();

        after(Duration.ofSeconds(1));
        assertThat(part.starts).as("not before the first back-off").isZero();
        assertThat(said).as("nothing said before the restart (a Ctrl-C also stops the children)").isEmpty();
        after(Duration.ofSeconds(1));
        assertThat(part.starts).isEqualTo(1);
        assertThat(said).containsExactly("roadmap-service s'est arrêté (code 137) / exited, relancé / restarted (pid 101, "
                + "après / after 2 s), attend d'être UP / waiting for UP; journal précédent / previous log: "
                + Path.of("data/logs/roadmap-service.previous.log"));

        after(Duration.ofSeconds(2));
        after(Duration.ofSeconds(2));
        assertThat(said).as("started, its probe not answering yet").hasSize(1);

        part.up = true;
        after(Duration.ofSeconds(2));
        after(Duration.ofSeconds(2));
        assertThat(said).hasSize(2).last().isEqualTo("roadmap-service est de nouveau UP / started again and UP (pid 101)");
    }

    @Test
    void eachRestartWaitsTwiceAsLongAndTheSixthExitInTenMinutesIsGivenUp() {
        List<Long> waits = new ArrayList<>();
        for (int restart = 1; restart <= Supervisor.MOST_RESTARTS; restart++) {
            crashNoticed();
            int before = part.starts;
            long waited = 0;
            while (part.starts == before) {
                after(Duration.ofSeconds(1));
                waited++;
                assertThat(waited).as("restart %d within the longest back-off", restart).isLessThanOrEqualTo(31);
            }
            waits.add(waited);
            part.up = true;
            after(Duration.ofSeconds(1));
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 30L);
        assertThat(said).filteredOn(line -> line.contains("started again and UP")).hasSize(5);

        crashNoticed();
        after(Duration.ofMinutes(1));
        assertThat(part.starts).as("given up").isEqualTo(5);
        assertThat(said.getLast()).isEqualTo("roadmap-service s'est arrêté (code 137) 5 fois en 10 minutes : il n'est "
                + "plus relancé / exited again, given up; voir / see " + Path.of("data/logs/roadmap-service.log"));
        after(Duration.ofMinutes(20));
        assertThat(said.stream().filter(line -> line.contains("given up"))).as("reported once").hasSize(1);
        assertThat(part.starts).isEqualTo(5);
    }

    @Test
    void aPartStableForTenMinutesStartsAgainAfterTheFirstBackOff() {
        for (int restart = 0; restart < 3; restart++) {
            crashNoticed();
            int before = part.starts;
            while (part.starts == before) {
                after(Duration.ofSeconds(1));
            }
            part.up = true;
        }
        after(Duration.ofMinutes(11));

        crashNoticed();
        after(Duration.ofSeconds(1));
        assertThat(part.starts).as("not yet").isEqualTo(3);
        after(Duration.ofSeconds(1));
        assertThat(part.starts).as("the restarts older than ten minutes no longer count").isEqualTo(4);
    }

    @Test
    void nothingStartsWhileThePlatformIsStopping() {
        part.crash();
        part.stopping = true;
        after(Duration.ofSeconds(5));
        assertThat(part.starts).isZero();
        assertThat(said).isEmpty();
    }
}
