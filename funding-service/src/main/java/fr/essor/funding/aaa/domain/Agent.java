package fr.essor.funding.aaa.domain;

import java.util.Set;

/**
 * Who acts on a call or an application, as the domain sees them: an agent of the instructing directorates (the DMTA,
 * which pilots the Appel à Agir, and administrators steer every application) or the account of an EPT.
 *
 * @param territory the EPT code of an EPT account, {@code null} for the département's agents
 */
public record Agent(String username, Set<Directorate> directorates, boolean pilot, String territory) {

    public Agent {
        directorates = Set.copyOf(directorates);
    }

    public boolean isTerritoryAccount() {
        return territory != null;
    }

    /** An agent of an instructing directorate (any of them) or a pilot. */
    public boolean instructs() {
        return pilot || !directorates.isEmpty();
    }
}
