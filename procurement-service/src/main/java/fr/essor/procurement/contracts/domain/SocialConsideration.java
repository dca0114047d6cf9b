package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** The social considerations of a contract, as the DECP 2024 format names them. */
public enum SocialConsideration {
    SOCIAL_CLAUSE("Clause sociale"),
    SOCIAL_CRITERION("Critère social"),
    RESERVED_CONTRACT("Marché réservé");

    private final String label;

    SocialConsideration(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<SocialConsideration> parse(String value) {
        return Labels.parse(values(), value, SocialConsideration::label);
    }
}
