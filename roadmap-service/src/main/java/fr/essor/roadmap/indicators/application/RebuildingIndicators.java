package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.rebuilds.ProjectionRebuilds;
import fr.essor.kit.security.Actor;

/**
 * Rebuilds the computed indicators from the start of the upstream topics (ADR-0024): the kit's rebuild of the
 * projection {@value #PROJECTION}, which forgets every contribution, then replays the topics through the same
 * handlers. Facts consumed live meanwhile are safe: the replay's end is taken after the clearing, and every effect is
 * keyed by event id, so each fact is there exactly once at the end.
 */
public class RebuildingIndicators {

    /** The projection's name in the ops API ({@code /api/ops/projections/indicators/rebuild}). */
    public static final String PROJECTION = "indicators";

    private final ProjectionRebuilds rebuilds;

    public RebuildingIndicators(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    public static boolean mayRebuild(Actor actor) {
        return ProjectionRebuilds.mayRebuild(actor);
    }

    public ProjectionRebuilds.Outcome rebuild(Actor actor) {
        return rebuilds.rebuild(PROJECTION, actor);
    }
}
