package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of an indicator for one year on one EPT's territory, and the last time something that makes it changed.
 *
 * @param changedAt the latest time roadmap recorded a fact (or a manual value) that this value depends on
 */
public record TerritoryValue(IndicatorDefinition definition, int year, String territoryCode, BigDecimal value,
                             Instant changedAt) {

    /** The value's id on a feed: the indicator and the year, e.g. {@code aaa-amount-awarded:2026}. */
    public String id() {
        return definition.id() + ":" + year;
    }
}
