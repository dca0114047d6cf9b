package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How the pages and exports write dates, amounts, percentages and codes for French readers. */
public final class FrenchFormat {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
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
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
    }

    public static String percent(OptionalDouble progress) {
        return progress.isPresent() ? percent(progress.getAsDouble()) : "—";
    }

    public static String percent(double progress) {
        return Long.toString(Math.round(progress)) + " %";
    }

    public static String directorates(Collection<Directorate> directorates) {
        return directorates.stream().map(Directorate::shortLabel).collect(Collectors.joining(", "));
    }

    /** A history value as people read it: status labels, French dates, the rest as stored. */
    public static String historyValue(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (field.equals("status")) {
            return ActionStatus.fromCode(value).map(ActionStatus::label).orElse(value);
        }
        if (field.endsWith("Date")) {
            return date(LocalDate.parse(value));
        }
        if (field.equals("progress")) {
            return value + " %";
        }
        return value;
    }

    public static String fieldLabel(String field) {
        if (field.startsWith("budget.")) {
            return "Budget " + field.substring("budget.".length()) + " (prévu / dépensé, €)";
        }
        return switch (field) {
            case "title" -> "Intitulé";
            case "status" -> "Statut";
            case "progress" -> "Avancement";
            case "leadDirectorates" -> "Directions pilotes";
            case "coLeadDirectorates" -> "Directions co-pilotes";
            case "partners" -> "Partenaires";
            case "startDate" -> "Date de début";
            case "endDate" -> "Date de fin";
            case "indicatorIds" -> "Indicateurs liés";
            case "milestones" -> "Jalons";
            case "notes" -> "Notes de suivi";
            default -> field;
        };
    }
}
