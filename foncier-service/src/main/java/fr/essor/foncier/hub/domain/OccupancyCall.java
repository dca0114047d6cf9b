package fr.essor.foncier.hub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A call for occupancy of the hub's spaces: what it offers, the criteria applications are selected on, and the
 * deadline, after which no application is accepted.
 */
public record OccupancyCall(String id, String title, String description, Set<SpaceType> spaceTypes,
                            List<String> criteria, LocalDate deadline, Instant openedAt, String openedBy) {

    public OccupancyCall {
        spaceTypes = Set.copyOf(spaceTypes);
        criteria = List.copyOf(criteria);
    }

    public boolean acceptsOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
