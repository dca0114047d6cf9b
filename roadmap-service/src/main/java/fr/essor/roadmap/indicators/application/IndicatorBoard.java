package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Aggregation;
import fr.essor.roadmap.indicators.domain.AggregationRule;
import fr.essor.roadmap.indicators.domain.ComputedValue;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.indicators.domain.Territories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Reads the indicators: values per year and EPT against their targets, and the facts behind each computed value. */
public class IndicatorBoard {

    /** The roadmap's years, always shown even before anything is measured. */
    static final int ROADMAP_START = 2024;
    static final int ROADMAP_END = 2028;

    private final Indicators indicators;
    private final Contributions contributions;
    private final Clock clock;

    public IndicatorBoard(Indicators indicators, Contributions contributions, Clock clock) {
        this.indicators = indicators;
        this.contributions = contributions;
        this.clock = clock;
    }

    public List<IndicatorReport> all() {
        return indicators.all().stream().sorted(Comparator.comparing((Indicator i) -> i.definition().kind())
                .thenComparing(Indicator::id)).map(this::report).toList();
    }

    public Optional<IndicatorReport> report(String id) {
        return indicators.find(id).map(this::report);
    }

    /** The value of a computed indicator for a year and a territory (null = département) with its contributions. */
    public Optional<ComputedValue> sources(String id, int year, String territory) {
        return indicators.find(id).filter(i -> i.definition().isComputed()).map(indicator ->
                Aggregation.valueOf(indicator.definition().rule(), year, territory, contributions.of(id)));
    }

    private IndicatorReport report(Indicator indicator) {
        return indicator.definition().isComputed() ? computed(indicator) : manual(indicator);
    }

    private IndicatorReport computed(Indicator indicator) {
        AggregationRule rule = indicator.definition().rule();
        List<Contribution> all = contributions.of(indicator.id());
        int currentYear = LocalDate.now(clock).getYear();
        TreeSet<Integer> years = years(indicator);
        all.forEach(c -> years.add(c.year()));
        List<IndicatorReport.YearLine> lines = new ArrayList<>();
        for (int year : years) {
            // a state at the end of a year that has not come yet is unknown
            if (rule == AggregationRule.LATEST_STATE_SUM && year > currentYear) {
                lines.add(new IndicatorReport.YearLine(year, indicator.targetFor(year), null, 0, List.of()));
                continue;
            }
            ComputedValue total = Aggregation.valueOf(rule, year, null, all);
            List<IndicatorReport.TerritoryLine> territories = new ArrayList<>();
            if (indicator.definition().byTerritory()) {
                for (String code : Territories.CODES) {
                    ComputedValue value = Aggregation.valueOf(rule, year, code, all);
                    territories.add(new IndicatorReport.TerritoryLine(code, Territories.name(code), value.value(),
                            value.basis().size()));
                }
                ComputedValue unassigned = Aggregation.valueOf(rule, year, Territories.UNASSIGNED, all);
                if (!unassigned.basis().isEmpty()) {
                    territories.add(new IndicatorReport.TerritoryLine(Territories.UNASSIGNED,
                            Territories.name(Territories.UNASSIGNED), unassigned.value(), unassigned.basis().size()));
                }
            }
            lines.add(new IndicatorReport.YearLine(year, indicator.targetFor(year), total.value(),
                    total.basis().size(), territories));
        }
        return new IndicatorReport(indicator.definition(), indicator.version(), lines, List.of());
    }

    private IndicatorReport manual(Indicator indicator) {
        TreeSet<Integer> years = years(indicator);
        indicator.values().forEach(v -> years.add(v.year()));
        List<IndicatorReport.YearLine> lines = new ArrayList<>();
        for (int year : years) {
            List<IndicatorReport.TerritoryLine> territories = new ArrayList<>();
            if (indicator.definition().byTerritory()) {
                for (String code : Territories.CODES) {
                    Optional<ManualValue> value = indicator.latestFor(year, code);
                    territories.add(new IndicatorReport.TerritoryLine(code, Territories.name(code),
                            value.map(ManualValue::value).orElse(null), value.isPresent() ? 1 : 0));
                }
            }
            Optional<ManualValue> total = indicator.latestFor(year, null);
            lines.add(new IndicatorReport.YearLine(year, indicator.targetFor(year),
                    total.map(ManualValue::value).orElse(null), total.isPresent() ? 1 : 0, territories));
        }
        List<ManualValue> recorded = indicator.values().stream()
                .sorted(Comparator.comparing(ManualValue::recordedAt).reversed()).toList();
        return new IndicatorReport(indicator.definition(), indicator.version(), lines, recorded);
    }

    private static TreeSet<Integer> years(Indicator indicator) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = ROADMAP_START; year <= ROADMAP_END; year++) {
            years.add(year);
        }
        years.addAll(indicator.definition().targets().keySet());
        return years;
    }
}
