package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.RoadmapReference;

import java.util.Optional;

/** The challenges and objectives of the roadmap as last loaded from the reference file (actions are in {@link Actions}). */
public interface PlanStructure {

    /** Stores the structure, replacing what was stored; storing the same structure twice changes nothing. */
    void store(RoadmapReference reference);

    /** The stored structure; its objectives' action lists are empty. */
    Optional<RoadmapReference> load();
}
