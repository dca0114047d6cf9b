package fr.essor.roadmap.indicators.web;

import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.Territories;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator list as people open it in a spreadsheet, one line per indicator, year and territory: the
 * département's line with the year's target, then one line per EPT for the indicators broken down by EPT. French
 * headers; CSV in UTF-8 with a byte order mark and {@code ;} separators (what French Excel expects), decimal commas;
 * XLSX with numbers as numbers.
 */
final class IndicatorSpreadsheet {

    static final List<String> HEADERS = List.of("Identifiant", "Indicateur", "Type", "Unité", "Année", "Territoire",
            "Code EPT", "Valeur", "Cible", "Nombre de sources");

    private IndicatorSpreadsheet() {
    }

    /** One line of the export; {@code territoryCode} is null for the département, values null when unmeasured. */
    record Line(String id, String name, String kind, String unit, int year, String territory, String territoryCode,
                BigDecimal value, BigDecimal target, int sources) {
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
        CsvTable csv = CsvTable.withHeaders(HEADERS);
        for (Line l : lines(reports)) {
            List<String> cells = List.of(l.id(), l.name(), l.kind(), l.unit(), Integer.toString(l.year()),
                    l.territory(), l.territoryCode() == null ? "" : l.territoryCode(), decimal(l.value()),
                    decimal(l.target()), Integer.toString(l.sources()));
            csv.row(cells);
        }
        return csv.toBytes();
    }

    static byte[] xlsx(List<IndicatorReport> reports) {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        XlsxWorkbook.Table sheet = workbook.sheet("Indicateurs", HEADERS).withAutoFilter();
        for (Line l : lines(reports)) {
            sheet.row().text(0, l.id(), l.name(), l.kind(), l.unit()).number(4, l.year())
                    .text(5, l.territory(), l.territoryCode()).decimal(7, l.value()).decimal(8, l.target())
                    .number(9, l.sources());
        }
        return workbook.toBytes();
    }

    /** {@code 12345,67}: no thousands separator, so that a French spreadsheet reads it as a number. */
    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
