package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The rebuilds of this service's projections (ADR-0024), for OPS and ADMIN: one at a time per projection, cleared
 * first when the projection says so, then replayed from the start of its topics while the live consumers go on.
 */
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();
    private final TopicReplay replay;
    private final Clock clock;

    public ProjectionRebuilds(Collection<RebuildableProjection> projections, TopicReplay replay, Clock clock) {
        projections.stream().sorted(Comparator.comparing(RebuildableProjection::name)).forEach(p -> {
            if (this.projections.putIfAbsent(p.name(), p) != null) {
                throw new IllegalStateException("Two projections are named " + p.name());
            }
        });
        this.replay = replay;
        this.clock = clock;
    }

    /** What a rebuild answered: done, or why not. */
    public sealed interface Outcome {
        record Rebuilt(ProjectionRebuilt report) implements Outcome {
        }

        record Forbidden() implements Outcome {
        }

        record Unknown(String name) implements Outcome {
        }

        record AlreadyRunning(String name) implements Outcome {
        }
    }

    public static boolean mayRebuild(Actor actor) {
        return actor.hasAnyRole(Role.ADMIN, Role.OPS);
    }

    public List<RebuildableProjection> all() {
        return List.copyOf(projections.values());
    }

    public Optional<RebuildableProjection> find(String name) {
        return Optional.ofNullable(projections.get(name));
    }

    public Outcome rebuild(String name, Actor actor) {
        if (!mayRebuild(actor)) {
            return new Outcome.Forbidden();
        }
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            return new Outcome.Unknown(name);
        }
        ReentrantLock lock = running.computeIfAbsent(name, n -> new ReentrantLock());
        if (!lock.tryLock()) {
            return new Outcome.AlreadyRunning(name);
        }
        try {
            Instant started = clock.instant();
            long nanos = System.nanoTime();
            log.info("Rebuild of projection {} by {}: {}", name, actor.username(),
                    projection.clearedFirst() ? "cleared, then replayed" : "replayed on top");
            // cleared before the replay takes its end offsets: a fact the live consumers apply meanwhile is kept or
            // replayed, and applied once since every effect is idempotent
            long cleared = projection.clear();
            List<TopicReplay.TopicReplayed> topics = replay.replay(projection.bindings());
            ProjectionRebuilt report = new ProjectionRebuilt(name, actor.username(), started,
                    Duration.ofNanos(System.nanoTime() - nanos), cleared, topics);
            log.info("Rebuilt projection {}: {} cleared, {} read, {} applied, {} skipped, {} failed in {}", name,
                    cleared, report.read(), report.applied(), report.skipped(), report.failed(), report.duration());
            return new Outcome.Rebuilt(report);
        } finally {
            lock.unlock();
        }
    }
}
