package fr.essor.funding.aaa.domain;

/**
 * How an application arrived: typed in by an agent (a paper file), imported from the département's subsidy portal, or
 * submitted online by the organisation itself (the applicants' side, ADR-0016).
 */
public enum Channel {
    AGENT("Saisie par un agent"),
    PORTAL("Portail des subventions (import)"),
    ONLINE("Dépôt en ligne par la structure");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The French label the agents read in the instruction list and on the file. */
    public String label() {
        return label;
    }
}
