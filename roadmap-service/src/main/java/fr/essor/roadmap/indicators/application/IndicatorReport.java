package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.ManualValue;

import java.math.BigDecimal;
import java.util.List;

/** An indicator as people read it: per year, the value against the target, and the value of each EPT. */
public record IndicatorReport(IndicatorDefinition definition, long version, List<YearLine> years,
                              List<ManualValue> recordedValues) {

    /** {@code value} is null when nothing was measured or computed for the year. */
    public record YearLine(int year, BigDecimal target, BigDecimal value, int sources,
                           List<TerritoryLine> territories) {
    }

    public record TerritoryLine(String code, String name, BigDecimal value, int sources) {
    }

    public YearLine latestMeasured() {
        return years.stream().filter(y -> y.value() != null).reduce((a, b) -> b).orElse(null);
    }
}
