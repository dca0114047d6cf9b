package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.OccupancyCall;

import java.util.List;
import java.util.Optional;

/** The calls for occupancy of the hub. */
public interface OccupancyCalls {

    List<OccupancyCall> all();

    Optional<OccupancyCall> find(String id);

    void add(OccupancyCall call);
}
