package fr.essor.funding.dashboard.web;

import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.dashboard.domain.FundingDashboard;
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
import java.util.Map;

/** The dashboard's tables as one XLSX workbook, one sheet per table, amounts and counts as numbers. */
final class DashboardSpreadsheet {

    private DashboardSpreadsheet() {
    }

    static byte[] of(FundingDashboard d) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet themes = sheet(workbook, bold, "Par thématique", List.of("Thématique", "Lauréats",
                    "Montant accordé (€)"));
            int r = 1;
            for (FundingDashboard.ThemeLine t : d.byTheme()) {
                row(themes, r++, t.theme(), t.granted(), t.amount());
            }
            Sheet territories = sheet(workbook, bold, "Par EPT", List.of("EPT", "Lauréats", "Montant accordé (€)",
                    "Part des lauréats (%)", "Cible (%)"));
            r = 1;
            for (FundingDashboard.TerritoryLine t : d.byTerritory()) {
                row(territories, r++, t.territoryCode(), t.laureates(), t.amount(), t.share(),
                        t.target() == null ? null : BigDecimal.valueOf(t.target()));
            }
            Sheet years = sheet(workbook, bold, "Par année", List.of("Année", "Fonctionnement accordé (€)",
                    "Enveloppe fonctionnement (€)", "Investissement accordé (€)", "Enveloppe investissement (€)",
                    "Total accordé (€)", "Enveloppe totale (€)", "Enveloppe consommée (%)"));
            r = 1;
            for (FundingDashboard.YearLine y : d.byYear()) {
                row(years, r++, String.valueOf(y.year()), y.operatingGranted(), y.operatingEnvelope(),
                        y.investmentGranted(), y.investmentEnvelope(), y.granted(), y.envelope(), y.consumed());
            }
            Sheet delay = sheet(workbook, bold, "Délai d'instruction", List.of("Édition", "Décisions",
                    "Délai médian du dépôt à la décision (jours)"));
            row(delay, 1, String.valueOf(d.year()), (long) d.decidedCount(), d.medianDelayDays().orElse(null));
            Sheet statuses = sheet(workbook, bold, "Par statut", List.of("Statut", "Candidatures"));
            r = 1;
            for (Map.Entry<String, Long> s : d.byStatus().entrySet()) {
                row(statuses, r++, ApplicationStatus.valueOf(s.getKey()).label(), s.getValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, CellStyle bold, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        return sheet;
    }

    private static void row(Sheet sheet, int index, String label, Object... values) {
        Row row = sheet.createRow(index);
        if (label != null) {
            row.createCell(0).setCellValue(label);
        }
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof BigDecimal amount) {
                row.createCell(c + 1).setCellValue(amount.doubleValue());
            } else if (v instanceof Long count) {
                row.createCell(c + 1).setCellValue(count);
            }
        }
    }
}
