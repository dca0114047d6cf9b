package fr.essor.procurement.contracts.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Reads an enum from its constant name (API) or its French label (forms, DECP), whatever the case. */
final class Labels {

    private Labels() {
    }

    static <E extends Enum<E>> Optional<E> parse(E[] values, String value, Function<E, String> label) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values)
                .filter(v -> v.name().equalsIgnoreCase(trimmed) || label.apply(v).equalsIgnoreCase(trimmed))
                .findFirst();
    }
}
