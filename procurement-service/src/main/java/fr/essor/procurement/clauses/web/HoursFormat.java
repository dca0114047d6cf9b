package fr.essor.procurement.clauses.web;

import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours as the pages write them, with the kit's French numbers: {@code 1 234,5 h}, {@code 38 %}. */
final class HoursFormat {

    private HoursFormat() {
    }

    static String hours(BigDecimal value) {
        return FrenchFormat.number(value, "#,##0.##") + " h";
    }

    static String percent(BigDecimal share) {
        return FrenchFormat.number(share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN), "#,##0") + " %";
    }
}
