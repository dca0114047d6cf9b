package fr.essor.procurement.contracts.domain;

import java.util.Optional;

/** The form of the price (the DECP 2024 list). */
public enum PriceForm {
    UNIT("Unitaire"),
    FLAT("Forfaitaire"),
    MIXED("Mixte");

    private final String label;

    PriceForm(String label) {
        this.label = label;
    }

    /** The French label, also the DECP value. */
    public String label() {
        return label;
    }

    public static Optional<PriceForm> parse(String value) {
        return Labels.parse(values(), value, PriceForm::label);
    }
}
