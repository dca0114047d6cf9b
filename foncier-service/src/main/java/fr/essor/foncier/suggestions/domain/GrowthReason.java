package fr.essor.foncier.suggestions.domain;

/** Why the cell is told an organisation is growing. */
public enum GrowthReason {
    INVESTMENT_GRANT("Subvention d'investissement votée"),
    NEW_LAUREATE("Nouvelle lauréate de l'Appel à Agir");

    private final String label;

    GrowthReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
