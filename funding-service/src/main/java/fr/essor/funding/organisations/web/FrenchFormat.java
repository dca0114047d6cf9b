package fr.essor.funding.organisations.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the portfolio pages (SCIC, guarantees, organisation) write dates, amounts and percentages for French readers;
 * an unknown value reads « à compléter ». (The Appel à Agir pages keep their own twin in {@code aaa.web}.)
 */
public final class FrenchFormat {

    public static final String UNKNOWN = "à compléter";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private FrenchFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? UNKNOWN : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PARIS));
    }

    /** {@code 12 345,67 €} (narrow no-break space as thousands separator). */
    public static String euros(BigDecimal amount) {
        return amount == null ? UNKNOWN : number(amount, "#,##0.00") + " €";
    }

    /** {@code 12,5 %}. */
    public static String percent(BigDecimal value) {
        return value == null ? UNKNOWN : number(value, "#,##0.##") + " %";
    }

    public static String count(Long value) {
        return value == null ? UNKNOWN : number(BigDecimal.valueOf(value), "#,##0");
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static String number(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
