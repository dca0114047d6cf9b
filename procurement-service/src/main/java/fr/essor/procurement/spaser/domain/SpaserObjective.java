package fr.essor.procurement.spaser.domain;

/**
 * The commitments of the SPASER 2024-2028 the dashboard follows, each measured by one or more
 * {@link SpaserIndicator indicators}.
 */
public enum SpaserObjective {
    SOCIAL_CONSIDERATIONS("Intégrer des considérations sociales dans les marchés"),
    ENVIRONMENTAL_CONSIDERATIONS("Intégrer des considérations environnementales dans les marchés"),
    RESERVED_CONTRACTS("Réserver des marchés aux structures inclusives et à l'ESS"),
    INSERTION_HOURS("Développer les heures d'insertion des clauses sociales"),
    ESS_PURCHASES("Acheter davantage aux structures de l'ESS");

    private final String label;

    SpaserObjective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
