package fr.essor.foncier.premises.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts as French readers expect them: {@code 01/09/2026}, {@code 12 345,67 €}. */
public final class FrenchFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An amount in euros with at most two decimals, grouped by thousands with a non-breaking space. */
    public static String euros(BigDecimal amount) {
        return amount == null ? "" : number(amount) + "\u00a0€";
    }

    public static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                symbols);
        return format.format(value);
    }

    public static String rent(BigDecimal perSquareMetrePerYear) {
        return euros(perSquareMetrePerYear) + "/m²/an";
    }
}
