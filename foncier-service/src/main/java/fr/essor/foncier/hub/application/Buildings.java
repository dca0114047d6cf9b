package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.Building;

import java.util.List;
import java.util.Optional;

/** The hub's buildings. */
public interface Buildings {

    List<Building> all();

    Optional<Building> find(String code);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Building building, long expectedVersion);

    /** Adds the buildings that are missing; never overwrites what the hub managers wrote. */
    void loadReference(List<Building> catalogue);
}
