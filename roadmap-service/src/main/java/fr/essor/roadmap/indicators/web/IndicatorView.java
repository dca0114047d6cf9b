package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.ManualValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An indicator as the API shows it: definition, yearly values against targets, per EPT, and recorded values. */
record IndicatorView(String id, String name, String description, String unit, String periodicity, String kind,
                     String rule, boolean byTerritory, String source, Map<Integer, BigDecimal> targets,
                     List<Year> years, List<RecordedValue> recordedValues, long version) {

    record Year(int year, BigDecimal target, BigDecimal value, int sources, List<Territory> territories) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorTerritory")
    record Territory(String code, String name, BigDecimal value, int sources) {
    }

    record RecordedValue(String valueId, int year, LocalDate valueDate, String territoryCode, BigDecimal value,
                         BigDecimal target, String source, String comment, Instant recordedAt, String recordedBy) {

        static RecordedValue of(ManualValue v) {
            return new RecordedValue(v.valueId(), v.year(), v.valueDate(), v.territoryCode(), v.value(), v.target(),
                    v.source(), v.comment(), v.recordedAt(), v.recordedBy());
        }
    }

    static IndicatorView of(IndicatorReport report) {
        IndicatorDefinition d = report.definition();
        return new IndicatorView(d.id(), d.name(), d.description(), d.unit(), d.periodicity().name(), d.kind().name(),
                d.rule().name(), d.byTerritory(), d.source(), new TreeMap<>(d.targets()),
                report.years().stream().map(y -> new Year(y.year(), y.target(), y.value(), y.sources(),
                        y.territories().stream().map(t -> new Territory(t.code(), t.name(), t.value(), t.sources()))
                                .toList())).toList(),
                report.recordedValues().stream().map(RecordedValue::of).toList(), report.version());
    }
}
