package fr.essor.procurement.spaser.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The annual SPASER report as a workbook: one sheet for the indicators (numbers as numbers, targets left empty when
 * not set), one for the reserved contracts, one for the insertion hours.
 */
final class SpaserReportSpreadsheet {

    static final List<String> INDICATOR_HEADERS = List.of("Objectif du SPASER", "Code", "Indicateur", "Unité",
            "Réalisé", "Objectif", "Atteinte");
    static final List<String> RESERVED_HEADERS = List.of("Marché", "Objet", "Direction acheteuse", "Article",
            "Titulaire(s)", "Montant (€ HT)", "Notifié le");
    static final List<String> CLAUSE_HEADERS = List.of("Marché", "Objet", "Direction acheteuse",
            "Heures prévues dans l'année", "Heures réalisées dans l'année");

    private SpaserReportSpreadsheet() {
    }

    static byte[] of(SpaserSheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet indicators = sheet(workbook, "Indicateurs " + sheet.year(), INDICATOR_HEADERS, bold);
            int r = 1;
            for (SpaserSheet.ObjectiveBlock objective : sheet.objectives()) {
                for (SpaserSheet.IndicatorLine i : objective.indicators()) {
                    Row row = indicators.createRow(r++);
                    text(row, 0, objective.label(), i.code(), i.label(), i.unit());
                    number(row, 4, i.value());
                    number(row, 5, i.target());
                    text(row, 6, i.achievementText());
                }
            }

            Sheet reserved = sheet(workbook, "Marchés réservés", RESERVED_HEADERS, bold);
            r = 1;
            for (SpaserSheet.ReservedLine line : sheet.reserved()) {
                Row row = reserved.createRow(r++);
                text(row, 0, line.contractId(), line.object(), line.directorate(), line.article(), line.holders());
                number(row, 5, line.amount());
                text(row, 6, line.notifiedOn());
            }

            Sheet clauses = sheet(workbook, "Heures d'insertion", CLAUSE_HEADERS, bold);
            r = 1;
            for (SpaserSheet.ClauseRow line : sheet.clauses()) {
                Row row = clauses.createRow(r++);
                text(row, 0, line.contractId(), line.object(), line.directorate());
                number(row, 3, line.plannedInYear());
                number(row, 4, line.doneInYear());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void text(Row row, int first, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(first + i).setCellValue(values[i]);
        }
    }
}
