package fr.essor.funding.decisions.web;

import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.kit.reference.Communes;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The laureate lists as spreadsheets for the département's agents and the EPTs, the same typed columns for the CSV
 * for people and the workbook (the kit's {@link CsvTable} and {@link XlsxWorkbook}): the vote's date as a date, the
 * amount in euros, the EPTs' names beside their codes, the communes by name. The open-data file is the SCDL one.
 */
final class LaureateExports {

    static final List<Column> COLUMNS = List.of(Column.codeAndName("Code EPT", "EPT"), Column.text("Séance"),
            Column.text("Délibération"), Column.date("Date du vote"), Column.text("Candidature"),
            Column.text("SIRET ou RNA"), Column.text("Structure"), Column.text("Projet"), Column.text("Thématique"),
            Column.amount("Montant accordé (€)"), Column.text("Nature"), Column.integer("Durée (ans)"),
            Column.codeAndName("Code EPT principal", "EPT principal"), Column.text("QPV"),
            Column.text("Communes"));

    private static final Communes COMMUNES = Communes.fromClasspath();

    private LaureateExports() {
    }

    static byte[] csv(List<LaureateView> laureates) {
        CsvTable csv = CsvTable.of(COLUMNS);
        laureates.forEach(l -> csv.add(values(l)));
        return csv.toBytes();
    }

    static byte[] xlsx(List<LaureateView> laureates) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Lauréats de l'appel à agir");
        XlsxWorkbook.Table sheet = workbook.sheet("Lauréats", COLUMNS);
        laureates.forEach(l -> sheet.add(values(l)));
        return workbook.toBytes();
    }

    private static List<Object> values(LaureateView l) {
        return Arrays.asList(Coded.territory(l.territoryCode()), l.sessionId(), l.decisionReference(), l.decidedOn(),
                l.applicationId(), l.organisationId(), l.organisationName(), l.projectTitle(), l.theme(), l.amount(),
                nature(l.nature()), l.durationYears(), Coded.territory(l.mainTerritoryCode()), l.qpv(),
                l.communesInsee().stream().map(LaureateExports::commune).collect(Collectors.joining(", ")));
    }

    /** « Montreuil (93048) »: the name people read, the code beside it. */
    private static String commune(String insee) {
        return COMMUNES.find(insee).map(c -> c.name() + " (" + insee + ")").orElse(insee);
    }

    static String nature(String code) {
        return switch (code) {
            case "OPERATING" -> "Fonctionnement";
            case "INVESTMENT" -> "Investissement";
            default -> "Fonctionnement et investissement";
        };
    }
}
