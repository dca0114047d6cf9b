package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An indicator broken down for one EPT's territory, year by year, each value with the time it last changed. Pure: the
 * same contributions (or manual values) always give the same values and times.
 * <ul>
 * <li>A computed indicator broken down by EPT ({@link IndicatorDefinition#byTerritory()}) has a value for a year once
 * a fact of that year concerns the territory: for a sum or a distinct count, a contribution of the territory in that
 * year; for a sum of latest states, a contribution (any year up to it) of an aggregate that was once on the
 * territory, since one that moved away changes the territory's value too (down to 0 when none is left). The value
 * changed when the latest of those contributions was recorded.</li>
 * <li>A manual indicator has a value for a year when one was typed in for the territory: the latest one stands, and
 * it changed when the latest value for that year and territory was recorded.</li>
 * </ul>
 * An indicator not broken down by EPT has no territory value.
 */
public final class TerritoryBreakdown {

    private TerritoryBreakdown() {
    }

    /** The yearly values of a computed indicator for the territory, from all the indicator's contributions. */
    public static List<TerritoryValue> computed(IndicatorDefinition definition, String territory,
                                                List<RecordedContribution> contributions) {
        if (!definition.isComputed() || !definition.byTerritory()) {
            return List.of();
        }
        List<RecordedContribution> relevant = relevant(definition.rule(), territory, contributions);
        Set<Integer> years = relevant.stream().map(r -> r.contribution().year())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Contribution> all = contributions.stream().map(RecordedContribution::contribution).toList();
        List<TerritoryValue> values = new ArrayList<>();
        for (int year : years) {
            Instant changedAt = relevant.stream()
                    .filter(r -> definition.rule() == AggregationRule.LATEST_STATE_SUM
                            ? r.contribution().year() <= year : r.contribution().year() == year)
                    .map(RecordedContribution::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal value = Aggregation.valueOf(definition.rule(), year, territory, all).value();
            values.add(new TerritoryValue(definition, year, territory, value == null ? BigDecimal.ZERO : value,
                    changedAt));
        }
        return values;
    }

    /** The yearly values typed in for the territory on a manual indicator. */
    public static List<TerritoryValue> manual(Indicator indicator, String territory) {
        if (indicator.definition().isComputed()) {
            return List.of();
        }
        Map<Integer, Instant> lastRecorded = new TreeMap<>();
        indicator.values().stream().filter(v -> Objects.equals(v.territoryCode(), territory))
                .forEach(v -> lastRecorded.merge(v.year(), v.recordedAt(),
                        (a, b) -> a.isAfter(b) ? a : b));
        List<TerritoryValue> values = new ArrayList<>();
        lastRecorded.forEach((year, changedAt) -> values.add(new TerritoryValue(indicator.definition(), year,
                territory, indicator.latestFor(year, territory).orElseThrow().value(), changedAt)));
        return values;
    }

    private static List<RecordedContribution> relevant(AggregationRule rule, String territory,
                                                       List<RecordedContribution> contributions) {
        if (rule == AggregationRule.LATEST_STATE_SUM) {
            Set<String> onceHere = contributions.stream()
                    .filter(r -> territory.equals(r.contribution().territoryCode()))
                    .map(r -> r.contribution().aggregateId()).collect(Collectors.toSet());
            return contributions.stream().filter(r -> onceHere.contains(r.contribution().aggregateId())).toList();
        }
        return contributions.stream().filter(r -> territory.equals(r.contribution().territoryCode())).toList();
    }
}
