package fr.essor.procurement.spaser.web;

import fr.essor.procurement.contracts.web.FrenchFormats;
import fr.essor.procurement.spaser.domain.IndicatorUnit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the SPASER pages and reports write a value of each unit: {@code 42,5 %}, {@code 3}, {@code 12 345,67 €}, {@code 1 200 h}. */
final class SpaserFormats {

    private SpaserFormats() {
    }

    static String value(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case PERCENT -> decimal(value, "#,##0.#") + "\u00a0%";
            case COUNT -> FrenchFormats.count(value.longValue());
            case EUROS -> FrenchFormats.euros(value);
            case HOURS -> hours(value);
        };
    }

    static String hours(BigDecimal value) {
        return decimal(value, "#,##0.##") + "\u00a0h";
    }

    /** A value typed in a form, as the form shows it back: {@code 42,5}, without grouping. */
    static String input(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String decimal(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
