package fr.essor.kit.exports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWorkbookTest {

    @Test
    void eachSheetOpensWithABoldFrozenHeaderRowThenItsRowsInOrder() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        XlsxWorkbook.Table contracts = workbook.sheet("Marchés", List.of("Marché", "Montant (€ HT)"));
        contracts.row().text(0, "2026-0117").number(1, new BigDecimal("190000.50"));
        contracts.row().text(0, "2026-0118");
        workbook.sheet("Heures", List.of("Marché", "Heures"));

        try (Workbook read = parse(workbook.toBytes())) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = read.getSheet("Marchés");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Marché");
            assertThat(read.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-0117");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(190000.50);
            assertThat(sheet.getRow(2).getCell(1)).as("a missing value is an empty cell").isNull();
            assertThat(read.getSheet("Heures").getLastRowNum()).isZero();
        }
    }

    @Test
    void numbersStayNumbersWithTheirFrenchReadableFormatsAndDatesAreDates() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        workbook.sheet("Valeurs", List.of("Décimal", "Montant", "Date", "Entier")).row()
                .decimal(0, new BigDecimal("12.5")).money(1, new BigDecimal("1234.5"))
                .date(2, LocalDate.of(2026, 1, 15)).number(3, 42);

        try (Workbook read = parse(workbook.toBytes())) {
            Row row = read.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.##");
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(42);
        }
    }

    @Test
    void aTypedTextThatLooksLikeAFormulaIsKeptAsText() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        workbook.sheet("Textes", List.of("Objet")).row().text(0, "=HYPERLINK(\"http://x\")");

        try (Workbook read = parse(workbook.toBytes())) {
            Cell cell = read.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void columnsAreSizedToTheirLongestValueWithinBoundsAndTheFilterCoversEveryRow() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        XlsxWorkbook.Table table = workbook.sheet("Largeurs", List.of("Id", "Objet", "Présentation")).withAutoFilter();
        table.row().text(0, "A", "Entretien des espaces verts", "x".repeat(500));
        table.row().text(0, "B");

        try (Workbook read = parse(workbook.toBytes())) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Entretien des espaces verts".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:C3");
        }
    }

    private static Workbook parse(byte[] bytes) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }
}
