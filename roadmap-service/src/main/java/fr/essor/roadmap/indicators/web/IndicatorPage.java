package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.Territories;

import java.util.List;

/** An indicator prepared for its page: French labels and figures, links to the facts, no logic left to the template. */
record IndicatorPage(String id, String name, String description, String unit, String kind, String periodicity,
                     String source, boolean computed, boolean byTerritory, List<String> territoryHeaders,
                     List<YearRow> years, List<RecordedRow> recorded, BarChart chart, String chartSummary) {

    record YearRow(int year, String value, String target, String sourcesLink, List<Cell> territories) {
    }

    record Cell(String value, String sourcesLink) {
    }

    record RecordedRow(String year, String valueDate, String territory, String value, String target, String source,
                       String comment, String recordedAt, String recordedBy) {
    }

    static IndicatorPage of(IndicatorReport report) {
        IndicatorDefinition d = report.definition();
        String unit = d.unit();
        List<YearRow> years = report.years().stream().map(y -> new YearRow(y.year(), Figures.of(y.value(), unit),
                Figures.of(y.target(), unit), d.isComputed() && y.sources() > 0
                        ? "/indicateurs/" + d.id() + "/sources/" + y.year() : null,
                y.territories().stream().map(t -> new Cell(Figures.of(t.value(), unit),
                        d.isComputed() && t.sources() > 0
                                ? "/indicateurs/" + d.id() + "/sources/" + y.year() + "?territoire=" + t.code()
                                : null)).toList())).toList();
        List<String> headers = report.years().stream().flatMap(y -> y.territories().stream())
                .map(t -> t.name() + (Territories.isKnown(t.code()) ? " (" + t.code() + ")" : "")).distinct()
                .toList();
        List<RecordedRow> recorded = report.recordedValues().stream().map(v -> new RecordedRow(
                String.valueOf(v.year()), Figures.date(v.valueDate()), Territories.name(v.territoryCode()),
                Figures.of(v.value(), unit), Figures.of(v.target(), unit), v.source(),
                v.comment() == null ? "" : v.comment(), Figures.dateTime(v.recordedAt()), v.recordedBy())).toList();
        BarChart chart = BarChart.of(report.years().stream().map(y -> new BarChart.Point(y.year(), y.value(),
                y.target(), Figures.of(y.value(), unit), Figures.of(y.target(), unit))).toList());
        String summary = "Valeurs de l'indicateur « " + d.name() + " » par année, comparées aux cibles : "
                + String.join(" ; ", report.years().stream().map(y -> y.year() + " : "
                + Figures.of(y.value(), unit) + " (cible " + Figures.of(y.target(), unit) + ")").toList()) + ".";
        return new IndicatorPage(d.id(), d.name(), d.description(), Figures.unitLabel(unit), d.kind().label(),
                d.periodicity().label(), d.source(), d.isComputed(), d.byTerritory(), headers, years, recorded, chart,
                summary);
    }
}
