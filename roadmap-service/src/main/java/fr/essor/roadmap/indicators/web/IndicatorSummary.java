package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.application.IndicatorReport;

import java.math.BigDecimal;

/** One line of the indicator list: what it measures and its latest measured year against the target. */
record IndicatorSummary(String id, String name, String unit, String kind, boolean byTerritory, String source,
                        Integer latestYear, BigDecimal latestValue, BigDecimal latestTarget) {

    static IndicatorSummary of(IndicatorReport report) {
        IndicatorReport.YearLine latest = report.latestMeasured();
        return new IndicatorSummary(report.definition().id(), report.definition().name(), report.definition().unit(),
                report.definition().kind().name(), report.definition().byTerritory(), report.definition().source(),
                latest == null ? null : latest.year(), latest == null ? null : latest.value(),
                latest == null ? null : latest.target());
    }
}
