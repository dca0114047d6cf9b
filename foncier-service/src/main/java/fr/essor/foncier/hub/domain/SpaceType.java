package fr.essor.foncier.hub.domain;

import java.util.Locale;
import java.util.Optional;

/** The four uses of the hub's spaces. */
public enum SpaceType {

    TERTIARY("Tertiaire"),
    PRODUCTIVE("Productif"),
    CONVIVIAL("Convivial"),
    CREATIVE("Créatif");

    private final String label;

    SpaceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SpaceType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
