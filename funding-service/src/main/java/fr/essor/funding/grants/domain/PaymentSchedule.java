package fr.essor.funding.grants.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a grant is paid. The default rule: an advance of 50 % at the signature of the agreement (rounded down to the
 * cent, never above half), the balance on the final report. A two-year grant is split into its two years in the
 * proportion of the amounts asked for each year; year two is released on the annual report: that instalment pays
 * the balance of year one with the advance of year two, and the final report the balance of year two.
 */
public record PaymentSchedule(List<Instalment> instalments) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public PaymentSchedule {
        instalments = List.copyOf(instalments);
    }

    /**
     * @param granted         the amount voted
     * @param durationYears   1 or 2
     * @param firstYearAsked  what the application asked for its first year
     * @param totalAsked      what it asked in all
     */
    public static PaymentSchedule standard(BigDecimal granted, int durationYears, BigDecimal firstYearAsked,
                                           BigDecimal totalAsked) {
        BigDecimal amount = granted.setScale(2, RoundingMode.UNNECESSARY);
        if (durationYears != 2) {
            BigDecimal advance = half(amount);
            return new PaymentSchedule(List.of(
                    new Instalment(1, Trigger.SIGNATURE, 1, advance, "Avance de 50 %"),
                    new Instalment(2, Trigger.FINAL_REPORT, 1, amount.subtract(advance), "Solde")));
        }
        BigDecimal firstYear = totalAsked.signum() == 0 ? half(amount)
                : amount.multiply(firstYearAsked).divide(totalAsked, 2, RoundingMode.HALF_UP);
        BigDecimal secondYear = amount.subtract(firstYear);
        BigDecimal firstAdvance = half(firstYear);
        BigDecimal secondAdvance = half(secondYear);
        return new PaymentSchedule(List.of(
                new Instalment(1, Trigger.SIGNATURE, 1, firstAdvance, "Avance de 50 % de la 1re année"),
                new Instalment(2, Trigger.ANNUAL_REPORT, 2, firstYear.subtract(firstAdvance).add(secondAdvance),
                        "Solde de la 1re année et avance de 50 % de la 2e année"),
                new Instalment(3, Trigger.FINAL_REPORT, 2, secondYear.subtract(secondAdvance),
                        "Solde de la 2e année")));
    }

    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Paid in one go ({@code unique}) or in several instalments ({@code échelonné}), as the SCDL says it. */
    public boolean staged() {
        return instalments.stream().filter(i -> i.amount().signum() > 0).count() > 1;
    }

    private static BigDecimal half(BigDecimal amount) {
        return amount.divide(TWO, 2, RoundingMode.DOWN);
    }
}
