package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an indicator measures: name, unit, periodicity, yearly targets, where its values come from, whether they are
 * typed in or computed (and how), and whether it is broken down by EPT.
 */
public record IndicatorDefinition(String id, String name, String description, String unit, Periodicity periodicity,
                                  IndicatorKind kind, AggregationRule rule, boolean byTerritory, String source,
                                  Map<Integer, BigDecimal> targets) {

    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        targets = targets == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    public BigDecimal targetFor(int year) {
        return targets.get(year);
    }

    public IndicatorDefinition withTargets(Map<Integer, BigDecimal> newTargets) {
        return new IndicatorDefinition(id, name, description, unit, periodicity, kind, rule, byTerritory, source,
                newTargets);
    }

    public boolean isComputed() {
        return kind == IndicatorKind.COMPUTED;
    }
}
