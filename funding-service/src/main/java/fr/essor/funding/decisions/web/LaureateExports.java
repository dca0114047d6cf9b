package fr.essor.funding.decisions.web;

import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;

import java.util.List;
import java.util.Set;

/**
 * The laureate lists as spreadsheets for the département's agents and the EPTs: CSV for French Excel (UTF-8 with BOM,
 * semicolons, decimal comma) and XLSX (amounts as numbers).
 */
final class LaureateExports {

    static final List<String> HEADERS = List.of("EPT", "Séance", "Délibération", "Date du vote", "Candidature",
            "SIRET ou RNA", "Structure", "Projet", "Thématique", "Montant accordé (€)", "Nature", "Durée (ans)",
            "EPT principal", "QPV", "Communes (INSEE)");

    private LaureateExports() {
    }

    static byte[] csv(List<LaureateView> laureates) {
        CsvTable csv = CsvTable.withHeaders(HEADERS);
        for (LaureateView l : laureates) {
            csv.row(cells(l));
        }
        return csv.toBytes();
    }

    static byte[] xlsx(List<LaureateView> laureates) {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        workbook.sheet("Lauréats", HEADERS, laureates.stream().map(LaureateExports::cells).toList(),
                Set.of(HEADERS.get(9), HEADERS.get(11)));
        return workbook.toBytes();
    }

    private static List<String> cells(LaureateView l) {
        return List.of(l.territoryCode(), l.sessionId(), l.decisionReference(), l.decidedOn().toString(),
                l.applicationId(), l.organisationId(), l.organisationName(), l.projectTitle(), l.theme(),
                l.amount().toPlainString().replace('.', ','), nature(l.nature()), String.valueOf(l.durationYears()),
                l.mainTerritoryCode(), l.qpv() ? "oui" : "non", String.join(" ", l.communesInsee()));
    }

    static String nature(String code) {
        return switch (code) {
            case "OPERATING" -> "Fonctionnement";
            case "INVESTMENT" -> "Investissement";
            default -> "Fonctionnement et investissement";
        };
    }
}
