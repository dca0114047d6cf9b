package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;

import java.time.Instant;
import java.util.Optional;

/** When something last happened that concerns an action beyond its own tracking (facts on its linked indicators). */
public interface RelatedEvents {

    RelatedEvents NONE = action -> Optional.empty();

    Optional<Instant> latestAbout(Action action);
}
