package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceEvent;

import java.util.List;
import java.util.Optional;

/** The hub's spaces. Allocating or vacating hands the fact to the outbox in the same document write. */
public interface Spaces {

    Optional<Space> find(String id);

    /** Every space of the hub, by building then id (the hub has at most a few hundred). */
    List<Space> all();

    void add(Space space);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Space space, long expectedVersion, List<SpaceEvent> events);
}
