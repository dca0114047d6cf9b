package fr.essor.kit.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Dates, moments and amounts written as French readers expect them: {@code 01/09/2026}, {@code 12 345,67 €}. */
public final class FrenchFormat {

    /** The time zone of the département's agents and of every date shown to them. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Between thousands in the pages: {@code 12 345}. */
    public static final char NARROW_NO_BREAK_SPACE = '\u202f';
    /** Between thousands where a line must not break and the font may lack the narrow space. */
    public static final char NO_BREAK_SPACE = '\u00a0';
    /** The message next to a date field whose value {@link #parseDate} cannot read. */
    public static final String UNREADABLE_DATE = "Date invalide : utilisez le format jj/mm/aaaa.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    // STRICT: 31/02 is refused, not read as 28/02 (uuuu: STRICT needs a proleptic year, not a year-of-era)
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchFormat() {
    }

    /** {@code 01/09/2026}; empty when there is no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 01/09/2026 à 14:30}, Paris time; empty when there is no moment. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PARIS));
    }

    /** {@code 12 345,67 €} (narrow no-break space between thousands); {@code —} when there is no amount. */
    public static String euros(BigDecimal amount) {
        return amount == null ? "—" : number(amount, "#,##0.00") + " €";
    }

    /** A number after a {@link DecimalFormat} pattern, with a decimal comma and narrow no-break spaces. */
    public static String number(BigDecimal value, String pattern) {
        return number(value, pattern, NARROW_NO_BREAK_SPACE);
    }

    /** A number after a {@link DecimalFormat} pattern, with a decimal comma and the given thousands separator. */
    public static String number(BigDecimal value, String pattern, char thousands) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(thousands);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }

    /**
     * A count with its noun agreed as French does: singular below two ({@code 0 décision}, {@code 1 décision}),
     * plural from two ({@code 2 décisions}, {@code 1 200 décisions}).
     */
    public static String count(long n, String singular, String plural) {
        return number(BigDecimal.valueOf(n), "#,##0") + " " + (Math.abs(n) < 2 ? singular : plural);
    }

    /** A quantity, possibly decimal, with its unit agreed: {@code 1,5 jour}, {@code 2 jours}, {@code 12,5 jours}. */
    public static String quantity(BigDecimal value, String singular, String plural) {
        return number(value, "#,##0.##") + " " + (value.abs().compareTo(BigDecimal.TWO) < 0 ? singular : plural);
    }

    /**
     * A date as typed in a form: {@code jj/mm/aaaa}, or ISO {@code aaaa-mm-jj} (a browser's date field); a date that
     * does not exist (31/02) is refused.
     *
     * @throws DateTimeParseException when it is not such a date
     */
    public static LocalDate parseDate(String typed) {
        String value = typed.trim();
        return value.contains("/") ? LocalDate.parse(value, TYPED_DATE) : LocalDate.parse(value);
    }

    /**
     * A number as typed in a form: {@code 12 345,67}, {@code 12345.67}, {@code 12 345,67 €} or {@code 50 %}
     * (spaces of any kind, the euro and percent signs are ignored; comma or point as decimal separator).
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parseAmount(String typed) {
        return new BigDecimal(typed.replace(String.valueOf(NO_BREAK_SPACE), "")
                .replace(String.valueOf(NARROW_NO_BREAK_SPACE), "").replace(" ", "").replace("€", "")
                .replace("%", "").replace(',', '.').trim());
    }
}
