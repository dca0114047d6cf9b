package fr.essor.funding.aaa.domain;

import java.util.Optional;

/** The EPT's structured opinion on an application of its territory. */
public enum Opinion {

    FAVOURABLE("Favorable"),
    RESERVED("Réservé"),
    UNFAVOURABLE("Défavorable");

    private final String label;

    Opinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Opinion> fromCode(String code) {
        for (Opinion opinion : values()) {
            if (opinion.name().equals(code)) {
                return Optional.of(opinion);
            }
        }
        return Optional.empty();
    }
}
