package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** The environmental considerations of a contract, as the DECP 2024 format names them. */
public enum EnvironmentalConsideration {
    ENVIRONMENTAL_CLAUSE("Clause environnementale"),
    ENVIRONMENTAL_CRITERION("Critère environnemental");

    private final String label;

    EnvironmentalConsideration(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<EnvironmentalConsideration> parse(String value) {
        return Labels.parse(values(), value, EnvironmentalConsideration::label);
    }
}
