package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** How several holders of one contract are bound together (the DECP 2024 list). */
public enum Grouping {
    NONE("Pas de groupement"),
    JOINT("Conjoint"),
    JOINT_AND_SEVERAL("Solidaire");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<Grouping> parse(String value) {
        return Labels.parse(values(), value, Grouping::label);
    }
}
