package fr.essor.funding.aaa.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The amounts an application asks for, in euros, per project year and per nature (fonctionnement / investissement). */
public record RequestedAmounts(BigDecimal firstYearOperating, BigDecimal firstYearInvestment,
                               BigDecimal secondYearOperating, BigDecimal secondYearInvestment) {

    public RequestedAmounts {
        firstYearOperating = orZero(firstYearOperating);
        firstYearInvestment = orZero(firstYearInvestment);
        secondYearOperating = orZero(secondYearOperating);
        secondYearInvestment = orZero(secondYearInvestment);
    }

    public BigDecimal operating() {
        return firstYearOperating.add(secondYearOperating);
    }

    public BigDecimal investment() {
        return firstYearInvestment.add(secondYearInvestment);
    }

    public BigDecimal secondYear() {
        return secondYearOperating.add(secondYearInvestment);
    }

    public BigDecimal total() {
        return operating().add(investment());
    }

    /** Operating, investment, or mixed when both are asked for. */
    public GrantNature nature() {
        if (operating().signum() > 0 && investment().signum() > 0) {
            return GrantNature.MIXED;
        }
        return investment().signum() > 0 ? GrantNature.INVESTMENT : GrantNature.OPERATING;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
    }
}
