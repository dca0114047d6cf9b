package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.OccupancyApplication;

import java.util.List;
import java.util.Optional;

/** The applications to the calls for occupancy. */
public interface OccupancyApplications {

    Optional<OccupancyApplication> find(String id);

    List<OccupancyApplication> ofCall(String callId);

    /** Applications on the waiting list, of every call. */
    List<OccupancyApplication> waiting();

    void add(OccupancyApplication application);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(OccupancyApplication application, long expectedVersion);
}
