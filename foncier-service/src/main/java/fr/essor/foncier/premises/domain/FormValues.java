package fr.essor.foncier.premises.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the typed-in values of the need and offer forms: French or ISO dates, decimal comma or point. */
final class FormValues {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

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
            return Optional.of(new BigDecimal(value.replace(" ", "").replace("\u00a0", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
