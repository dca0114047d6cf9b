package fr.essor.roadmap.indicators.web;

import fr.essor.kit.exports.CsvTable;
import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.Territories;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Indicateurs");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.##"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Line l : lines(reports)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.id());
                row.createCell(1).setCellValue(l.name());
                row.createCell(2).setCellValue(l.kind());
                row.createCell(3).setCellValue(l.unit());
                row.createCell(4).setCellValue(l.year());
                row.createCell(5).setCellValue(l.territory());
                if (l.territoryCode() != null) {
                    row.createCell(6).setCellValue(l.territoryCode());
                }
                if (l.value() != null) {
                    row.createCell(7).setCellValue(l.value().doubleValue());
                    row.getCell(7).setCellStyle(number);
                }
                if (l.target() != null) {
                    row.createCell(8).setCellValue(l.target().doubleValue());
                    row.getCell(8).setCellStyle(number);
                }
                row.createCell(9).setCellValue(l.sources());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0,
                    HEADERS.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 12345,67}: no thousands separator, so that a French spreadsheet reads it as a number. */
    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
