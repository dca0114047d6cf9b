package fr.essor.procurement.clauses.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Hours as the pages write them: {@code 1 234,5 h}, a no-break space between thousands. */
final class HoursFormat {

    private HoursFormat() {
    }

    static String hours(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value) + "\u00a0h";
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "\u00a0%";
    }
}
