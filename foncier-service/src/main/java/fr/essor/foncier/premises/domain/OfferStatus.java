package fr.essor.foncier.premises.domain;

import java.util.Optional;

/** Where a premises offer stands. Only available offers are proposed. */
public enum OfferStatus {

    AVAILABLE("Disponible"),
    UNDER_OFFER("En cours d'attribution"),
    LET("Louée"),
    WITHDRAWN("Retirée");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<OfferStatus> parse(String value) {
        return Labelled.parse(OfferStatus.class, value);
    }
}
