package fr.essor.funding.web;

import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the portfolio pages (SCIC, guarantees, organisation) write a value nobody gave yet: « à compléter ». */
public final class PortfolioText {

    public static final String UNKNOWN = "à compléter";

    private PortfolioText() {
    }

    public static String date(LocalDate date) {
        return date == null ? UNKNOWN : FrenchFormat.date(date);
    }

    /** {@code 12 345,67 €} (narrow no-break space as thousands separator). */
    public static String euros(BigDecimal amount) {
        return amount == null ? UNKNOWN : FrenchFormat.euros(amount);
    }

    /** {@code 12,5 %}. */
    public static String percent(BigDecimal value) {
        return value == null ? UNKNOWN : FrenchFormat.number(value, "#,##0.##") + " %";
    }

    public static String count(Long value) {
        return value == null ? UNKNOWN : FrenchFormat.number(BigDecimal.valueOf(value), "#,##0");
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
