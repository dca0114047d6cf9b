package fr.essor.funding.cpo.domain;

import java.math.BigDecimal;

/**
 * One planned payment of a CPO: the advance of a year (released by the signature for the first year, by the
 * favourable review of the year before for the others) or its balance (released by that year's favourable review).
 */
public record CpoInstalment(int number, int year, boolean advance, BigDecimal amount, String label) {

    public String condition() {
        return advance ? (number == 1 ? "à la signature de la convention" : "au bilan annuel favorable de " + (year - 1))
                : "au bilan annuel favorable de " + year;
    }
}
