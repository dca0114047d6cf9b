package fr.essor.foncier.premises.domain;

import fr.essor.kit.ui.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the typed-in values of the need and offer forms (dates and decimals through the kit's FrenchFormat). */
final class FormValues {

    private FormValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(FormValues::blankToNull)
                .filter(v -> v != null).distinct().toList();
    }

    static Optional<Integer> wholeNumber(String value) {
        try {
            return Optional.of(Integer.parseInt(value.replace(" ", "").replace("\u00a0", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(FrenchFormat.parseAmount(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(FrenchFormat.parseDate(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
