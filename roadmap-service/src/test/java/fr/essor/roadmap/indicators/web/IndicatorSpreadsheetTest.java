package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.domain.AggregationRule;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.IndicatorKind;
import fr.essor.roadmap.indicators.domain.Periodicity;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorSpreadsheetTest {

    private static final IndicatorReport BY_EPT = new IndicatorReport(new IndicatorDefinition("tiers-lieux",
            "Tiers-lieux; ouverts", null, "lieux", Periodicity.YEARLY, IndicatorKind.MANUAL,
            AggregationRule.LATEST_RECORDED, true, "Recensement", Map.of(2026, new BigDecimal("12"))), 1,
            List.of(new IndicatorReport.YearLine(2026, new BigDecimal("12"), new BigDecimal("7.50"), 1, List.of(
                    new IndicatorReport.TerritoryLine("T6", "Plaine Commune", null, 0),
                    new IndicatorReport.TerritoryLine("T8", "Est Ensemble", new BigDecimal("7.50"), 1)))),
            List.of());
    private static final IndicatorReport DEPARTMENT_ONLY = new IndicatorReport(new IndicatorDefinition("budget",
            "=Budget", null, "EUR", Periodicity.YEARLY, IndicatorKind.MANUAL, AggregationRule.LATEST_RECORDED,
            false, "Finances", Map.of()), 1,
            List.of(new IndicatorReport.YearLine(2025, null, new BigDecimal("12345.67"), 1, List.of())), List.of());

    @Test
    void theCsvHasABomFrenchHeadersAndOneLinePerYearAndTerritoryWithDecimalCommas() {
        byte[] csv = IndicatorSpreadsheet.csv(List.of(BY_EPT, DEPARTMENT_ONLY));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "Identifiant;Indicateur;Type;Unité;Année;Code EPT;Territoire;Valeur;Cible;Nombre de sources",
                "tiers-lieux;\"Tiers-lieux; ouverts\";Saisi;lieux;2026;;Tout le département;7,5;12;1",
                "tiers-lieux;\"Tiers-lieux; ouverts\";Saisi;lieux;2026;T6;Plaine Commune;;;0",
                "tiers-lieux;\"Tiers-lieux; ouverts\";Saisi;lieux;2026;T8;Est Ensemble;7,5;;1",
                "budget;'=Budget;Saisi;€;2025;;Tout le département;12345,67;;1");
    }

    @Test
    void theXlsxKeepsNumbersAsNumbersAndLeavesUnmeasuredCellsEmpty() throws Exception {
        byte[] xlsx = IndicatorSpreadsheet.xlsx(List.of(BY_EPT, DEPARTMENT_ONLY));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Indicateurs");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Valeur");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row department = sheet.getRow(1);
            assertThat(department.getCell(4).getNumericCellValue()).isEqualTo(2026.0);
            assertThat(department.getCell(7).getNumericCellValue()).isEqualTo(7.5);
            assertThat(department.getCell(8).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(2).getCell(7)).as("unmeasured").isNull();
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("T8");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Est Ensemble");
            assertThat(department.getCell(5)).as("the département has no EPT code").isNull();
            assertThat(department.getCell(6).getStringCellValue()).isEqualTo("Tout le département");
            assertThat(department.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(department.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(department.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");
            assertThat(sheet.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(12345.67);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("=Budget");
        }
    }
}
