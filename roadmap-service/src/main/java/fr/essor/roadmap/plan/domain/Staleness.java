package fr.essor.roadmap.plan.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An action "En cours" that nobody has updated and that no related event has concerned for 90 days is stale: the
 * dashboard flags it so that its lead directorates say where it stands. Changes loaded from the reference file are
 * not updates (nobody worked on the action).
 */
public final class Staleness {

    public static final Duration THRESHOLD = Duration.ofDays(90);

    private Staleness() {
    }

    /** The latest sign of life of the action: a user's change or note, or a related event. */
    public static Instant lastActivity(Action action, Optional<Instant> latestRelatedEvent) {
        Optional<Instant> lastUpdate = action.history().stream()
                .filter(change -> !Action.REFERENCE_AUTHOR.equals(change.by()))
                .map(ActionChange::at).max(Comparator.naturalOrder());
        Instant tracked = lastUpdate.orElse(action.updatedAt());
        return Stream.concat(Stream.of(tracked), latestRelatedEvent.stream()).max(Comparator.naturalOrder())
                .orElseThrow();
    }

    public static boolean isStale(Action action, Optional<Instant> latestRelatedEvent, Instant now) {
        return action.status() == ActionStatus.IN_PROGRESS
                && !lastActivity(action, latestRelatedEvent).isAfter(now.minus(THRESHOLD));
    }
}
