package fr.essor.procurement.opendata.web;

import fr.essor.procurement.opendata.application.ContractsCsv;
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
import java.util.Set;

/**
 * Every contract as a workbook: the CSV export's columns and rows on one sheet "Marchés", amounts, hours, durations
 * and counts as numbers, the rest as text.
 */
final class ContractsSpreadsheet {

    static final String SHEET = "Marchés";
    private static final Set<String> NUMBERS = Set.of("heuresInsertionPrevues", "montantEstime", "dureeMois",
            "montantAttribue", "montantActuel", "modifications");

    private ContractsSpreadsheet() {
    }

    static byte[] of(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            List<String> columns = ContractsCsv.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (NUMBERS.contains(columns.get(c))) {
                        row.createCell(c).setCellValue(new BigDecimal(value).doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
