package fr.essor.kit.exports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxWorkbookTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Référence"), Column.date("Notifié le"),
            Column.dateTime("Modifié le"), Column.amount("Montant (€ HT)"), Column.integer("Heures"),
            Column.decimal("Loyer (€/m²/an)"), Column.percent("Avancement (%)"),
            Column.codeAndName("Code EPT", "EPT"), Column.text("Réservé"));

    @Test
    void eachKindOfValueIsATypedCellWithItsFormat() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Marchés");
        workbook.sheet("Marchés", COLUMNS).add("2026-0117", LocalDate.of(2026, 1, 15),
                Instant.parse("2026-07-01T22:30:00Z"), new BigDecimal("190000.5"), 1200, new BigDecimal("90.5"), 35,
                Coded.territory("T6"), true);

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            Row row = read.getSheet("Marchés").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2026-0117");

            Cell date = row.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue()).isEqualTo(LocalDate.of(2026, 1, 15).atStartOfDay());

            Cell moment = row.getCell(2);
            assertThat(moment.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(moment)).isTrue();
            assertThat(moment.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(moment.getLocalDateTimeCellValue()).as("summer time in Paris")
                    .isEqualTo(LocalDateTime.of(2026, 7, 2, 0, 30));

            assertNumber(row.getCell(3), 190000.5, "#,##0.00 \"€\"");
            assertNumber(row.getCell(4), 1200, "0");
            assertNumber(row.getCell(5), 90.5, "#,##0.00");
            assertNumber(row.getCell(6), 0.35, "0.0 %");
            assertThat(new DataFormatter(Locale.FRANCE).formatCellValue(row.getCell(6))).isEqualTo("35,0 %");
            assertThat(new DataFormatter(Locale.FRANCE).formatCellValue(row.getCell(3))).startsWith("190")
                    .endsWith("000,50 €");

            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("T6");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Plaine Commune");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Oui");
        }
    }

    @Test
    void theHeaderRowIsBoldFrozenAndFilteredOverEveryRowWithTheCodeBesideTheName() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Marchés");
        XlsxWorkbook.Table table = workbook.sheet("Marchés", COLUMNS);
        table.add("A", null, null, null, null, null, null, null, null);
        table.add("B", null, null, null, null, null, null, Coded.territory("T8"), null);

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            XSSFSheet sheet = read.getSheet("Marchés");
            Row header = sheet.getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Référence", "Notifié le", "Modifié le", "Montant (€ HT)", "Heures",
                    "Loyer (€/m²/an)", "Avancement (%)", "Code EPT", "EPT", "Réservé");
            assertThat(read.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J3");
            assertThat(sheet.getRow(1).getLastCellNum()).as("empty values are empty cells, not dashes")
                    .isEqualTo((short) 1);
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Est Ensemble");
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutAndSaysSo() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Espaces");
        workbook.sheet("Espaces", List.of(Column.text("Description"))).add("x".repeat(100_000));

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            String cell = read.getSheet("Espaces").getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith("x…");
        }
    }

    @Test
    void theDocumentPropertiesNameTheTitleAndTheDepartement() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Offres de locaux");
        workbook.sheet("Offres", List.of(Column.text("Référence")));

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            var properties = read.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).isEqualTo("Offres de locaux");
            assertThat(properties.getCreator()).isEqualTo("Département de la Seine-Saint-Denis");
        }
    }

    @Test
    void aTypedTextThatLooksLikeAFormulaIsKeptAsText() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Textes");
        workbook.sheet("Textes", List.of(Column.text("Objet"))).add("=HYPERLINK(\"http://x\")");

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            Cell cell = read.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void columnsAreSizedToTheirLongestValueOrHeaderWithinBounds() throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Largeurs");
        XlsxWorkbook.Table table = workbook.sheet("Largeurs", List.of(Column.text("Id"), Column.text("Objet"),
                Column.text("Présentation"), Column.date("Le")));
        table.add("A", "Entretien des espaces verts", "x".repeat(500), LocalDate.of(2026, 1, 1));

        try (XSSFWorkbook read = parse(workbook.toBytes())) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Entretien des espaces verts".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo(12 * 256);
        }
    }

    @Test
    void aValueOfTheWrongKindIsRefusedRatherThanWrittenAsText() {
        XlsxWorkbook.Table table = XlsxWorkbook.titled("Erreurs").sheet("Erreurs", List.of(Column.date("Le")));

        assertThatThrownBy(() -> table.add("01/02/2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Le");
        assertThatThrownBy(() -> table.add(LocalDate.of(2026, 1, 1), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coded.territory("T99")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isFalse();
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static XSSFWorkbook parse(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
