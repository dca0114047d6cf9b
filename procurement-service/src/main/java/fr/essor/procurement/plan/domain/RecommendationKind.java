package fr.essor.procurement.plan.domain;

/** What the purchase plan recommends to open a planned purchase to inclusive and ESS suppliers. */
public enum RecommendationKind {
    RESERVED_CONTRACT("Marché entièrement réservé"),
    RESERVED_LOT("Lot réservé"),
    INSERTION_CLAUSE("Clause sociale d'insertion"),
    NONE("Aucune recommandation");

    private final String label;

    RecommendationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
