package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** How the contract is awarded (the DECP 2024 list of procedures). */
public enum Procedure {
    ADAPTED("Procédure adaptée"),
    OPEN_TENDER("Appel d'offres ouvert"),
    RESTRICTED_TENDER("Appel d'offres restreint"),
    NEGOTIATED("Procédure avec négociation"),
    WITHOUT_COMPETITION("Marché passé sans publicité ni mise en concurrence préalable"),
    COMPETITIVE_DIALOGUE("Dialogue compétitif");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<Procedure> parse(String value) {
        return Labels.parse(values(), value, Procedure::label);
    }
}
