package fr.essor.roadmap.plan.application;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How the pages and exports word an action's progress, directorates and history for French readers. */
public final class ActionText {

    private ActionText() {
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

    /**
     * For the exports: each directorate's short name beside its full name, « DMTA — Délégation marketing, tourisme
     * et attractivité », separated by « / » since the names hold commas.
     */
    public static String namedDirectorates(Collection<Directorate> directorates) {
        return directorates.stream().map(d -> d.shortLabel() + " — " + d.label()).collect(Collectors.joining(" / "));
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
            return FrenchFormat.date(LocalDate.parse(value));
        }
        if (field.equals("progress")) {
            return value + " %";
        }
        if (field.startsWith("budget.")) {
            // « prévu / dépensé » as stored (12000.00 / 3500.75), written in euros
            return Arrays.stream(value.split("/")).map(String::strip)
                    .map(amount -> amount.isEmpty() || amount.equals("-") ? "—" : euros(amount))
                    .collect(Collectors.joining(" / "));
        }
        return value;
    }

    private static String euros(String amount) {
        try {
            return FrenchFormat.euros(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    public static String fieldLabel(String field) {
        if (field.startsWith("budget.")) {
            return "Budget " + field.substring("budget.".length()) + " (prévu / dépensé)";
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
