package fr.essor.funding.cpo.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** What a CPO commits for one calendar year, in euros: fonctionnement and investissement. */
public record YearlyAmount(int year, BigDecimal operating, BigDecimal investment) {

    public YearlyAmount {
        operating = Objects.requireNonNullElse(operating, BigDecimal.ZERO);
        investment = Objects.requireNonNullElse(investment, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return operating.add(investment);
    }
}
