package fr.essor.roadmap.indicators.web;

import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.Territories;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The indicator list as people open it in a spreadsheet, one line per indicator, year and territory: the
 * département's line with the year's target, then one line per EPT for the indicators broken down by EPT. The same
 * typed columns for the CSV for people and the workbook (the kit's {@link CsvTable} and {@link XlsxWorkbook}).
 */
final class IndicatorSpreadsheet {

    static final List<Column> COLUMNS = List.of(Column.text("Identifiant"), Column.text("Indicateur"),
            Column.text("Type"), Column.text("Unité"), Column.integer("Année"),
            Column.codeAndName("Code EPT", "Territoire"), Column.decimal("Valeur"), Column.decimal("Cible"),
            Column.integer("Nombre de sources"));

    private IndicatorSpreadsheet() {
    }

    /** One line of the export; {@code territoryCode} is null for the département, values null when unmeasured. */
    record Line(String id, String name, String kind, String unit, int year, String territory, String territoryCode,
                BigDecimal value, BigDecimal target, int sources) {

        List<Object> values() {
            return Arrays.asList(id, name, kind, unit, year, named(territoryCode, territory), value, target,
                    sources);
        }
    }

    static List<Line> lines(List<IndicatorReport> reports) {
        List<Line> lines = new ArrayList<>();
        for (IndicatorReport report : reports) {
            IndicatorDefinition d = report.definition();
            String unit = Figures.unitLabel(d.unit());
            for (IndicatorReport.YearLine year : report.years()) {
                lines.add(new Line(d.id(), d.name(), d.kind().label(), unit, year.year(), Territories.name(null), null,
                        year.value(), year.target(), year.sources()));
                for (IndicatorReport.TerritoryLine territory : year.territories()) {
                    lines.add(new Line(d.id(), d.name(), d.kind().label(), unit, year.year(), territory.name(),
                            territory.code(), territory.value(), null, territory.sources()));
                }
            }
        }
        return lines;
    }

    static byte[] csv(List<IndicatorReport> reports) {
        CsvTable csv = CsvTable.of(COLUMNS);
        lines(reports).forEach(l -> csv.add(l.values()));
        return csv.toBytes();
    }

    static byte[] xlsx(List<IndicatorReport> reports) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Indicateurs de la feuille de route");
        XlsxWorkbook.Table sheet = workbook.sheet("Indicateurs", COLUMNS);
        lines(reports).forEach(l -> sheet.add(l.values()));
        return workbook.toBytes();
    }

    /** An EPT by the kit's reference names; the département's line and the facts tied to no EPT have no EPT code. */
    private static Coded named(String code, String name) {
        if (code != null && Territories.isKnown(code)) {
            return Coded.territory(code);
        }
        return new Coded(null, name);
    }
}
