package fr.essor.foncier.premises.domain;

import java.util.Optional;

/** How long premises are held: an offer is temporary or long-term; a need may accept either. */
public enum Tenure {

    TEMPORARY("Occupation temporaire"),
    LONG_TERM("Bail durable"),
    EITHER("Indifférent");

    private final String label;

    Tenure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Tenure> parse(String value) {
        return Labelled.parse(Tenure.class, value);
    }
}
