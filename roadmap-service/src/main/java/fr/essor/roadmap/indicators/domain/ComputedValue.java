package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The value of a computed indicator for a year and a territory (null = the whole département), with the
 * contributions it is made of; {@code value} is null when no fact contributes.
 */
public record ComputedValue(int year, String territoryCode, BigDecimal value, List<Contribution> basis) {

    public ComputedValue {
        basis = List.copyOf(basis);
    }
}
