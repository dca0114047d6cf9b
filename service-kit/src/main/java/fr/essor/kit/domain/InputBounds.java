package fr.essor.kit.domain;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bounds every typed-in value of the four services keeps (issue 15), written once: an amount is in euros and
 * cents up to a plausible ceiling, a text has a length limit, a date lies in a sensible window. Each check leaves a
 * missing value to the caller's own "required" rule and answers the violation of a present value, with a code that
 * says the cause ({@code .range}, {@code .decimals}, {@code .too-long}, {@code .date-range}) and a French message.
 */
public final class InputBounds {

    /** The largest amount any service takes: one billion euros. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    /** The first and last days a date typed in may be. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private InputBounds() {
    }

    /** An amount in euros greater than zero, to the cent, at most {@link #MAX_AMOUNT}. */
    public static Optional<Violation> positiveAmount(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            return Optional.of(new Violation(field, field + ".range", "Indiquez un montant supérieur à zéro."));
        }
        return amount(field, value);
    }

    /** An amount in euros of zero or more, to the cent, at most {@link #MAX_AMOUNT}. */
    public static Optional<Violation> amount(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(new Violation(field, field + ".range",
                    "Indiquez un montant entre 0 et 1 000 000 000 €."));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(new Violation(field, field + ".decimals",
                    "Un montant s'écrit avec deux décimales au plus (les centimes)."));
        }
        return Optional.empty();
    }

    /**
     * An amount in euros that may be negative (a loss, negative equity), to the cent, between minus and plus
     * {@link #MAX_AMOUNT}.
     */
    public static Optional<Violation> signedAmount(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(new Violation(field, field + ".range",
                    "Indiquez un montant entre -1 000 000 000 € et 1 000 000 000 €."));
        }
        return amount(field, value.abs());
    }

    /** A number between {@code min} and {@code max} with at most {@code decimals} decimals (a surface, a count). */
    public static Optional<Violation> number(String field, BigDecimal value, BigDecimal min, BigDecimal max,
                                                  int decimals) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Optional.of(new Violation(field, field + ".range", "Indiquez une valeur entre "
                    + min.toPlainString() + " et " + max.toPlainString() + "."));
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return Optional.of(new Violation(field, field + ".decimals", decimals == 0
                    ? "Indiquez un nombre entier." : "Indiquez " + decimals + " décimales au plus."));
        }
        return Optional.empty();
    }

    /** A whole number between {@code min} and {@code max} (months, a year, a count). */
    public static Optional<Violation> whole(String field, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            return Optional.of(new Violation(field, field + ".range",
                    "Indiquez un nombre entier entre " + min + " et " + max + "."));
        }
        return Optional.empty();
    }

    /** A text of at most {@code maxLength} characters once trimmed. */
    public static Optional<Violation> text(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            return Optional.of(new Violation(field, field + ".too-long",
                    "Ce texte fait " + maxLength + " caractères au plus."));
        }
        return Optional.empty();
    }

    /** A date between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static Optional<Violation> date(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            return Optional.of(new Violation(field, field + ".date-range",
                    "Indiquez une date entre 1990 et 2100."));
        }
        return Optional.empty();
    }
}
