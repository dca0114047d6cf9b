package fr.essor.funding.dashboard.web;

import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.dashboard.domain.FundingDashboard;
import fr.essor.kit.exports.XlsxWorkbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The dashboard's tables as one XLSX workbook, one sheet per table, amounts and counts as numbers. */
final class DashboardSpreadsheet {

    private DashboardSpreadsheet() {
    }

    static byte[] of(FundingDashboard d) {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        XlsxWorkbook.Table themes = workbook.sheet("Par thématique", List.of("Thématique", "Lauréats",
                "Montant accordé (€)"));
        for (FundingDashboard.ThemeLine t : d.byTheme()) {
            row(themes, t.theme(), t.granted(), t.amount());
        }
        XlsxWorkbook.Table territories = workbook.sheet("Par EPT", List.of("EPT", "Lauréats",
                "Montant accordé (€)", "Part des lauréats (%)", "Cible (%)"));
        for (FundingDashboard.TerritoryLine t : d.byTerritory()) {
            row(territories, t.territoryCode(), t.laureates(), t.amount(), t.share(),
                    t.target() == null ? null : BigDecimal.valueOf(t.target()));
        }
        XlsxWorkbook.Table years = workbook.sheet("Par année", List.of("Année", "Fonctionnement accordé (€)",
                "Enveloppe fonctionnement (€)", "Investissement accordé (€)", "Enveloppe investissement (€)",
                "Total accordé (€)", "Enveloppe totale (€)", "Enveloppe consommée (%)"));
        for (FundingDashboard.YearLine y : d.byYear()) {
            row(years, String.valueOf(y.year()), y.operatingGranted(), y.operatingEnvelope(),
                    y.investmentGranted(), y.investmentEnvelope(), y.granted(), y.envelope(), y.consumed());
        }
        XlsxWorkbook.Table delay = workbook.sheet("Délai d'instruction", List.of("Édition", "Décisions",
                "Délai médian du dépôt à la décision (jours)"));
        row(delay, String.valueOf(d.year()), (long) d.decidedCount(), d.medianDelayDays().orElse(null));
        XlsxWorkbook.Table statuses = workbook.sheet("Par statut", List.of("Statut", "Candidatures"));
        for (Map.Entry<String, Long> s : d.byStatus().entrySet()) {
            row(statuses, ApplicationStatus.valueOf(s.getKey()).label(), s.getValue());
        }
        return workbook.toBytes();
    }

    /** One line: its label, then amounts as decimals and counts as whole numbers (a null leaves the cell empty). */
    private static void row(XlsxWorkbook.Table table, String label, Object... values) {
        XlsxWorkbook.Line line = table.row().text(0, label);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof BigDecimal amount) {
                line.decimal(c + 1, amount);
            } else if (values[c] instanceof Long count) {
                line.number(c + 1, count);
            }
        }
    }
}
