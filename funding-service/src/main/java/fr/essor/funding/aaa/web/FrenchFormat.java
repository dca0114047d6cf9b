package fr.essor.funding.aaa.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the Appel à Agir pages write dates and amounts for French readers. */
public final class FrenchFormat {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private FrenchFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PARIS));
    }

    /** {@code 12 345,67 €} (narrow no-break space as thousands separator). */
    public static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
    }

    /** A score on 20, e.g. {@code 14,67 / 20}. */
    public static String score(BigDecimal score) {
        return score == null ? "—" : score.toPlainString().replace('.', ',') + " / 20";
    }
}
