package fr.essor.foncier.intermediation.domain;

import java.util.Locale;
import java.util.Optional;

/** Reads an enum constant from its name, case and surrounding spaces ignored. */
final class Names {

    private Names() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
