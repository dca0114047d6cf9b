package fr.essor.procurement.spaser.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.spaser.domain.IndicatorUnit;

import java.math.BigDecimal;

/**
 * How the SPASER pages and reports write a value of each unit, with the kit's French numbers (narrow no-break space
 * between thousands, as in every service): {@code 42,5 %}, {@code 3}, {@code 12 345,67 €}, {@code 1 200 h}.
 */
final class SpaserFormats {

    private SpaserFormats() {
    }

    static String value(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case PERCENT -> percent(value);
            case COUNT -> FrenchFormat.number(BigDecimal.valueOf(value.longValue()), "#,##0");
            case EUROS -> FrenchFormat.euros(value);
            case HOURS -> hours(value);
        };
    }

    static String hours(BigDecimal value) {
        return FrenchFormat.number(value, "#,##0.##") + " h";
    }

    /** {@code 42,5 %}, one decimal at most. */
    static String percent(BigDecimal value) {
        return FrenchFormat.number(value, "#,##0.#") + " %";
    }

    /** A value typed in a form, as the form shows it back: {@code 42,5}, without grouping. */
    static String input(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
