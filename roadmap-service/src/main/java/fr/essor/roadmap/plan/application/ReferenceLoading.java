package fr.essor.roadmap.plan.application;

import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.RoadmapReference;

import java.time.Clock;
import java.util.Optional;

/**
 * Loads the reference data into the store, as many times as needed: a new action is added, a known one gets the
 * file's titles and reference fields (never what users entered), an unchanged one is left alone.
 */
public class ReferenceLoading {

    private final PlanStructure structure;
    private final Actions actions;
    private final Clock clock;

    public ReferenceLoading(PlanStructure structure, Actions actions, Clock clock) {
        this.structure = structure;
        this.actions = actions;
        this.clock = clock;
    }

    /** How many actions were added, updated and left as they were. */
    public record Report(int added, int updated, int unchanged) {
    }

    public Report load(RoadmapReference reference) {
        structure.store(reference);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (RoadmapReference.ReferenceAction referenceAction : reference.actions()) {
            switch (loadOne(referenceAction, true)) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new Report(added, updated, unchanged);
    }

    private enum Result { ADDED, UPDATED, UNCHANGED }

    private Result loadOne(RoadmapReference.ReferenceAction reference, boolean retry) {
        String code = reference.code().toString();
        Optional<Action> existing = actions.find(code);
        try {
            if (existing.isEmpty()) {
                actions.add(Action.fromReference(reference, clock.instant()));
                return Result.ADDED;
            }
            Optional<Action> refreshed = existing.get().withReference(reference, clock.instant());
            if (refreshed.isEmpty()) {
                return Result.UNCHANGED;
            }
            actions.save(refreshed.get(), existing.get().version(), Optional.empty());
            return Result.UPDATED;
        } catch (Actions.AlreadyStoredException | StaleAggregateException raced) {
            // another instance (or a user) wrote first: read again once
            if (!retry) {
                throw raced;
            }
            return loadOne(reference, false);
        }
    }
}
