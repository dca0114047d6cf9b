package fr.essor.roadmap.indicators.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, amounts and dates written the French way for the pages: {@code 12 345,67 €}, {@code 31/12/2025}. */
final class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private Figures() {
    }

    static String of(BigDecimal value, String unit) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        boolean euros = "EUR".equals(unit);
        format.setMinimumFractionDigits(euros && value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(value) + " " + unitLabel(unit);
    }

    static String unitLabel(String unit) {
        return "EUR".equals(unit) ? "€" : unit;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
