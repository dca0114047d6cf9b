package fr.essor.roadmap.plan.domain;

import java.util.Set;

/**
 * Who wants to change an action: their username, the directorates they belong to, and whether they steer the whole
 * roadmap (the DIEESS, which pilots it, and administrators).
 */
public record Editor(String username, Set<Directorate> directorates, boolean steering) {

    public Editor {
        directorates = Set.copyOf(directorates);
    }
}
