package fr.essor.funding.cpo.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a CPO is paid: each year, an advance of 50 % of that year's amount (rounded down to the cent), then the balance
 * on the year's annual review. The first advance is paid at the signature; the favourable review of a year releases
 * its balance and the next year's advance (the next year's tranche).
 */
public record CpoSchedule(List<CpoInstalment> instalments) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public CpoSchedule {
        instalments = List.copyOf(instalments);
    }

    public static CpoSchedule standard(List<YearlyAmount> years) {
        List<CpoInstalment> instalments = new ArrayList<>();
        int number = 1;
        for (YearlyAmount y : years) {
            BigDecimal total = y.total().setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal advance = total.divide(TWO, 2, RoundingMode.DOWN);
            instalments.add(new CpoInstalment(number++, y.year(), true, advance, "Avance de 50 % de " + y.year()));
            instalments.add(new CpoInstalment(number++, y.year(), false, total.subtract(advance),
                    "Solde de " + y.year()));
        }
        return new CpoSchedule(instalments);
    }

    public BigDecimal total() {
        return instalments.stream().map(CpoInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
