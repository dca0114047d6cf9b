package fr.essor.roadmap.indicators.application;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

import java.util.Optional;

/**
 * Rebuilds the computed indicators from the start of the upstream topics: forgets every contribution, then replays
 * the topics through the same handlers. Facts consumed live meanwhile are safe: the replay's end is taken after the
 * clearing, and every effect is keyed by event id, so each fact is there exactly once at the end.
 */
public class RebuildingIndicators {

    private final Contributions contributions;
    private final TopicReplay replay;

    public RebuildingIndicators(Contributions contributions, TopicReplay replay) {
        this.contributions = contributions;
        this.replay = replay;
    }

    public record Rebuilt(long cleared, TopicReplay.Report report) {
    }

    public static boolean mayRebuild(Actor actor) {
        return actor.hasAnyRole(Role.ADMIN, Role.OPS);
    }

    /** Empty when the actor may not rebuild. */
    public synchronized Optional<Rebuilt> rebuild(Actor actor) {
        if (!mayRebuild(actor)) {
            return Optional.empty();
        }
        long cleared = contributions.clear();
        return Optional.of(new Rebuilt(cleared, replay.replayFromStart()));
    }
}
