package fr.essor.procurement.contracts.web;

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

/** How the pages write amounts ({@code 12 345,67 €}) and dates ({@code dd/MM/yyyy}). */
public final class FrenchFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // STRICT: 31/02 is refused, not read as 28/02 (uuuu: STRICT needs a proleptic year, not a year-of-era)
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private FrenchFormats() {
    }

    /** Euros with 2 decimals, a comma and a no-break space between thousands, e.g. {@code 12 345,67 €}. */
    public static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount) + "\u00a0€";
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
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
     * An amount of euros as typed in a form: {@code 12 345,67}, {@code 12345.67} or {@code 12 345,67 €}.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parseAmount(String typed) {
        return new BigDecimal(typed.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
                .replace(',', '.').trim());
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    /** Whole numbers with a no-break space between thousands, e.g. {@code 2 400}. */
    public static String count(long value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
