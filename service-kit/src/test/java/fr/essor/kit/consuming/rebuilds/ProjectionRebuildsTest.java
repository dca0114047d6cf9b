package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may rebuild, in which order the steps run, and one rebuild at a time per projection. */
class ProjectionRebuildsTest {

    static final Actor OPS = new Actor("ops", Set.of(Role.OPS), null);
    static final Actor SENS = new Actor("sens", Set.of(Role.DIEESS), null);
    static final ReplayedBinding BINDING = new ReplayedBinding("facts-in-0", List.of("essor.b", "essor.a"),
            message -> Consumption.APPLIED);

    final List<String> steps = new ArrayList<>();
    final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theProjectionIsClearedBeforeTheReplayTakesItsEndAndTheReportAddsUpItsTopics() {
        TopicReplay replay = bindings -> {
            steps.add("replay " + bindings.getFirst().topics());
            return List.of(new TopicReplay.TopicReplayed("essor.a", 5, 3, 1, 1),
                    new TopicReplay.TopicReplayed("essor.b", 2, 2, 0, 0));
        };
        ProjectionRebuilds rebuilds = new ProjectionRebuilds(List.of(RebuildableProjection.clearedThenReplayed(
                "directory", "Annuaire", "…", () -> {
                    steps.add("clear");
                    return 7;
                }, List.of(BINDING))), replay, clock);

        ProjectionRebuilds.Outcome outcome = rebuilds.rebuild("directory", OPS);

        assertThat(steps).containsExactly("clear", "replay [essor.b, essor.a]");
        ProjectionRebuilt report = ((ProjectionRebuilds.Outcome.Rebuilt) outcome).report();
        assertThat(report.cleared()).isEqualTo(7);
        assertThat(report.read()).isEqualTo(7);
        assertThat(report.applied()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.by()).isEqualTo("ops");
        assertThat(report.startedAt()).isEqualTo(clock.instant());
        assertThat(rebuilds.find("directory").orElseThrow().topics()).containsExactly("essor.a", "essor.b");
    }

    @Test
    void aProjectionReplayedOnTopIsNotCleared() {
        ProjectionRebuilds rebuilds = new ProjectionRebuilds(List.of(RebuildableProjection.replayedOnTop(
                "organisation-copies", "Copies", "…", List.of(BINDING))), bindings -> List.of(), clock);

        ProjectionRebuilds.Outcome outcome = rebuilds.rebuild("organisation-copies", OPS);

        assertThat(((ProjectionRebuilds.Outcome.Rebuilt) outcome).report().cleared()).isZero();
        assertThat(rebuilds.find("organisation-copies").orElseThrow().clearedFirst()).isFalse();
    }

    @Test
    void onlyOpsAndAdministratorsRebuildAndAnUnknownProjectionIsSaidSo() {
        ProjectionRebuilds rebuilds = new ProjectionRebuilds(List.of(RebuildableProjection.replayedOnTop(
                "organisation-copies", "Copies", "…", List.of(BINDING))), bindings -> {
            steps.add("replay");
            return List.of();
        }, clock);

        assertThat(rebuilds.rebuild("organisation-copies", SENS)).isInstanceOf(ProjectionRebuilds.Outcome.Forbidden.class);
        assertThat(rebuilds.rebuild("annuaire", new Actor("admin", Set.of(Role.ADMIN), null)))
                .isEqualTo(new ProjectionRebuilds.Outcome.Unknown("annuaire"));
        assertThat(steps).isEmpty();
    }

    @Test
    void aSecondRebuildOfTheSameProjectionWhileTheFirstRunsIsRefused() throws Exception {
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ProjectionRebuilds rebuilds = new ProjectionRebuilds(List.of(RebuildableProjection.replayedOnTop(
                "directory", "Annuaire", "…", List.of(BINDING))), bindings -> {
            replaying.countDown();
            await(release);
            return List.of();
        }, clock);

        CompletableFuture<ProjectionRebuilds.Outcome> first = CompletableFuture.supplyAsync(() ->
                rebuilds.rebuild("directory", OPS));
        assertThat(replaying.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(rebuilds.rebuild("directory", OPS))
                .isEqualTo(new ProjectionRebuilds.Outcome.AlreadyRunning("directory"));
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(ProjectionRebuilds.Outcome.Rebuilt.class);
    }

    @Test
    void twoProjectionsCannotShareANameNorBeFedByNothing() {
        RebuildableProjection one = RebuildableProjection.replayedOnTop("directory", "A", "…", List.of(BINDING));
        assertThatThrownBy(() -> new ProjectionRebuilds(List.of(one, one), bindings -> List.of(), clock))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RebuildableProjection.replayedOnTop("directory", "A", "…", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RebuildableProjection.replayedOnTop("Annuaire 360", "A", "…", List.of(BINDING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
