package fr.essor.funding.scic.domain;

import java.util.Optional;

/** How a held stake changes; the codes are those of {@code scic-stake-changed.v1}. */
public enum StakeChange {

    INCREASE("augmenter la participation"),
    REDUCTION("réduire la participation"),
    CORRECTION("corriger les chiffres");

    private final String label;

    StakeChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StakeChange> fromCode(String code) {
        for (StakeChange change : values()) {
            if (change.name().equals(code)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
