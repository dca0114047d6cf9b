package fr.essor.foncier.exports;

import fr.essor.kit.ui.FrenchFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * A workbook of foncier's exports: one sheet per table, a bold frozen header row, the columns named as numbers
 * written as numbers (read from their French form, {@code 12 345,67}), the rest as text. A typed-in text is never
 * read as a formula: POI writes it as a plain string.
 */
public final class XlsxWorkbook {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;

    private XlsxWorkbook() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    public static XlsxWorkbook create() {
        return new XlsxWorkbook();
    }

    /** Adds a sheet; {@code numbers} are the headers of the numeric columns. */
    public XlsxWorkbook sheet(String name, List<String> headers, List<List<String>> rows, Set<String> numbers) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
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
                if (numbers.contains(headers.get(c))) {
                    row.createCell(c).setCellValue(FrenchFormat.parseAmount(value).doubleValue());
                } else {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 2)) * 256);
        }
        return this;
    }

    public byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as a download named {@code filename}. */
    public ResponseEntity<byte[]> download(String filename) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(bytes());
    }
}
