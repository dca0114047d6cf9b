package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
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

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    /** Every reason a call cannot be opened with these terms {@code today}; empty when it can. */
    public static List<Violation> check(String title, String description, Set<SpaceType> spaceTypes,
                                      List<String> criteria, LocalDate deadline, LocalDate today) {
        List<Violation> refusals = new java.util.ArrayList<>();
        if (title == null || title.isBlank()) {
            refusals.add(new Violation("title", "title.required", "Donnez un titre à l'appel."));
        }
        fr.essor.kit.domain.InputBounds.text("title", title, MAX_TITLE).ifPresent(refusals::add);
        fr.essor.kit.domain.InputBounds.text("description", description, MAX_DESCRIPTION)
                .ifPresent(refusals::add);
        if (deadline == null || deadline.isBefore(today)) {
            refusals.add(new Violation("deadline", "deadline.past",
                    "Indiquez la date limite de candidature, aujourd'hui ou plus tard (jj/mm/aaaa)."));
        } else {
            fr.essor.kit.domain.InputBounds.date("deadline", deadline).ifPresent(refusals::add);
        }
        if (criteria.isEmpty()) {
            refusals.add(new Violation("criteria", "criteria.required",
                    "Indiquez au moins un critère de sélection, un par ligne."));
        }
        if (spaceTypes.isEmpty()) {
            refusals.add(new Violation("spaceTypes", "spaceTypes.required", "Cochez au moins un type d'espace."));
        }
        return refusals;
    }

    public boolean acceptsOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
