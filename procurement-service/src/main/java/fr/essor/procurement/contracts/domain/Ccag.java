package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** The general administrative terms (CCAG) the contract refers to (the DECP 2024 list). */
public enum Ccag {
    WORKS("Travaux"),
    PROJECT_MANAGEMENT("Maitrise d'œuvre"),
    SUPPLIES_AND_SERVICES("Fournitures courantes et services"),
    INDUSTRIAL("Marchés industriels"),
    INTELLECTUAL_SERVICES("Prestations intellectuelles"),
    IT_AND_COMMUNICATION("Techniques de l'information et de la communication"),
    NONE("Pas de CCAG");

    private final String label;

    Ccag(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<Ccag> parse(String value) {
        return Labels.parse(values(), value, Ccag::label);
    }
}
