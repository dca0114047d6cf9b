package fr.essor.funding.dashboard.web;

import fr.essor.funding.dashboard.domain.CallFrame;
import fr.essor.funding.dashboard.domain.FundedApplication;
import fr.essor.funding.dashboard.domain.FundingDashboard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The XLSX export read back with POI: one sheet per table, the same numbers as the dashboard, as numbers. */
class DashboardSpreadsheetTest {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static FundedApplication granted(String theme, String ept, String amount, String operating, int delayDays) {
        return new FundedApplication(2026, theme, ept, "GRANTED", "org", MARCH, MARCH.plusDays(delayDays),
                new BigDecimal(amount), new BigDecimal(operating));
    }

    @Test
    void theWorkbookCarriesEachTablesAmountsCountsAndSharesAsNumbers() throws Exception {
        FundingDashboard dashboard = FundingDashboard.of(2026, List.of(
                        new CallFrame(2026, new BigDecimal("100000"), new BigDecimal("50000"), Map.of("T6", 40)),
                        new CallFrame(2025, new BigDecimal("80000"), BigDecimal.ZERO, Map.of())),
                List.of(granted("Réemploi", "T6", "12000.50", "12000.50", 10),
                        granted("Alimentation", "T6", "8000", "3000", 20),
                        granted("Réemploi", "T8", "15000.25", "0", 31),
                        new FundedApplication(2026, "Réemploi", "T7", "REFUSED", "org", MARCH, MARCH.plusDays(50),
                                null, null),
                        new FundedApplication(2025, "Réemploi", "T6", "GRANTED", "org", MARCH, MARCH.plusDays(5),
                                new BigDecimal("70000"), new BigDecimal("70000"))),
                List.of("SUBMITTED", "GRANTED", "REFUSED"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DashboardSpreadsheet.of(dashboard)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Tableau de bord de l'appel à agir 2026");
            assertThat(workbook.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("Département de la Seine-Saint-Denis");

            Sheet themes = workbook.getSheet("Par thématique");
            assertThat(themes.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Montant accordé (€)");
            assertThat(text(themes.getRow(1), 0)).isEqualTo("Alimentation");
            assertThat(number(themes.getRow(1), 2)).isEqualTo(8000.0, within(0.001));
            assertThat(text(themes.getRow(2), 0)).isEqualTo("Réemploi");
            assertThat(number(themes.getRow(2), 1)).isEqualTo(2.0);
            assertThat(number(themes.getRow(2), 2)).isEqualTo(27000.75, within(0.001));
            assertThat(themes.getLastRowNum()).isEqualTo(2);

            Sheet territories = workbook.getSheet("Par EPT");
            assertThat(text(territories.getRow(0), 0)).isEqualTo("Code EPT");
            assertThat(text(territories.getRow(1), 0)).isEqualTo("T6");
            assertThat(text(territories.getRow(1), 1)).as("the EPT's name beside its code").isEqualTo("Plaine Commune");
            assertThat(number(territories.getRow(1), 2)).isEqualTo(2.0);
            assertThat(number(territories.getRow(1), 3)).isEqualTo(20000.50, within(0.001));
            assertFormat(territories.getRow(1).getCell(3), "#,##0.00 \"€\"");
            assertThat(number(territories.getRow(1), 4)).as("66.7 %").isEqualTo(0.667, within(0.00001));
            assertFormat(territories.getRow(1).getCell(4), "0.0 %");
            assertThat(number(territories.getRow(1), 5)).isEqualTo(0.4, within(0.00001));
            assertThat(territories.getRow(2).getCell(5)).as("T7 has no target").isNull();
            assertThat(number(territories.getRow(3), 3)).isEqualTo(15000.25, within(0.001));
            assertThat(territories.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) territories).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F5");

            Sheet years = workbook.getSheet("Par année");
            assertThat(number(years.getRow(1), 0)).isEqualTo(2025);
            assertFormat(years.getRow(1).getCell(0), "0");
            assertThat(number(years.getRow(1), 7)).isEqualTo(0.875, within(0.00001));
            Row y2026 = years.getRow(2);
            assertThat(number(y2026, 0)).isEqualTo(2026);
            assertThat(number(y2026, 1)).isEqualTo(15000.50, within(0.001));
            assertThat(number(y2026, 2)).isEqualTo(100000.0, within(0.001));
            assertThat(number(y2026, 3)).isEqualTo(20000.25, within(0.001));
            assertThat(number(y2026, 5)).isEqualTo(35000.75, within(0.001));
            assertThat(number(y2026, 6)).isEqualTo(150000.0, within(0.001));
            assertThat(number(y2026, 7)).isEqualTo(0.233, within(0.00001));

            Row delay = workbook.getSheet("Délai d'instruction").getRow(1);
            assertThat(number(delay, 1)).isEqualTo(4.0);
            assertThat(number(delay, 2)).isEqualTo(25.5, within(0.001));

            Sheet statuses = workbook.getSheet("Par statut");
            assertThat(number(statuses.getRow(1), 1)).isEqualTo(0.0);
            assertThat(number(statuses.getRow(2), 1)).isEqualTo(3.0);
            assertThat(number(statuses.getRow(3), 1)).isEqualTo(1.0);
        }
    }

    private static void assertFormat(Cell cell, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }
}
