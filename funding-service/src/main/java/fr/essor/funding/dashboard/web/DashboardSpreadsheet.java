package fr.essor.funding.dashboard.web;

import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.dashboard.domain.FundingDashboard;
import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.XlsxWorkbook;

import java.util.List;
import java.util.Map;

/** The dashboard's tables as one XLSX workbook, one sheet per table: amounts in euros, counts, percentages. */
final class DashboardSpreadsheet {

    private DashboardSpreadsheet() {
    }

    static byte[] of(FundingDashboard d) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Tableau de bord de l'appel à agir " + d.year());
        XlsxWorkbook.Table themes = workbook.sheet("Par thématique", List.of(Column.text("Thématique"),
                Column.integer("Lauréats"), Column.amount("Montant accordé (€)")));
        for (FundingDashboard.ThemeLine t : d.byTheme()) {
            themes.add(t.theme(), t.granted(), t.amount());
        }
        XlsxWorkbook.Table territories = workbook.sheet("Par EPT", List.of(Column.codeAndName("Code EPT", "EPT"),
                Column.integer("Lauréats"), Column.amount("Montant accordé (€)"),
                Column.percent("Part des lauréats (%)"), Column.percent("Cible (%)")));
        for (FundingDashboard.TerritoryLine t : d.byTerritory()) {
            territories.add(Coded.territory(t.territoryCode()), t.laureates(), t.amount(), t.share(), t.target());
        }
        XlsxWorkbook.Table years = workbook.sheet("Par année", List.of(Column.integer("Année"),
                Column.amount("Fonctionnement accordé (€)"), Column.amount("Enveloppe fonctionnement (€)"),
                Column.amount("Investissement accordé (€)"), Column.amount("Enveloppe investissement (€)"),
                Column.amount("Total accordé (€)"), Column.amount("Enveloppe totale (€)"),
                Column.percent("Enveloppe consommée (%)")));
        for (FundingDashboard.YearLine y : d.byYear()) {
            years.add(y.year(), y.operatingGranted(), y.operatingEnvelope(), y.investmentGranted(),
                    y.investmentEnvelope(), y.granted(), y.envelope(), y.consumed());
        }
        XlsxWorkbook.Table delay = workbook.sheet("Délai d'instruction", List.of(Column.integer("Édition"),
                Column.integer("Décisions"), Column.decimal("Délai médian de la réception à la décision (jours)")));
        delay.add(d.year(), d.decidedCount(), d.medianDelayDays().orElse(null));
        XlsxWorkbook.Table statuses = workbook.sheet("Par statut", List.of(Column.text("Statut"),
                Column.integer("Candidatures")));
        for (Map.Entry<String, Long> s : d.byStatus().entrySet()) {
            statuses.add(ApplicationStatus.valueOf(s.getKey()).label(), s.getValue());
        }
        return workbook.toBytes();
    }
}
