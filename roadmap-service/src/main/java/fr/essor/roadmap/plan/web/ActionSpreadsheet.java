package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.roadmap.plan.domain.Action;

import java.util.Arrays;
import java.util.List;

/**
 * The action list as people open it in a spreadsheet, the same typed columns for the CSV for people and the workbook
 * (the kit's {@link CsvTable} and {@link XlsxWorkbook}): progress as a percentage, dates as dates, budgets in euros,
 * the directorates' names beside their short names.
 */
final class ActionSpreadsheet {

    static final List<Column> COLUMNS = List.of(Column.text("Code"), Column.text("Enjeu"), Column.text("Objectif"),
            Column.text("Action"), Column.text("Statut"), Column.percent("Avancement (%)"),
            Column.text("Directions pilotes"), Column.text("Directions co-pilotes"), Column.text("Partenaires"),
            Column.date("Date de début"), Column.date("Date de fin"), Column.amount("Budget prévu (€)"),
            Column.amount("Budget dépensé (€)"), Column.text("Indicateurs liés"));

    private ActionSpreadsheet() {
    }

    static byte[] csv(List<Action> actions) {
        CsvTable csv = CsvTable.of(COLUMNS);
        actions.forEach(a -> csv.add(values(a)));
        return csv.toBytes();
    }

    static byte[] xlsx(List<Action> actions) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Actions de la feuille de route");
        XlsxWorkbook.Table sheet = workbook.sheet("Actions", COLUMNS);
        actions.forEach(a -> sheet.add(values(a)));
        return workbook.toBytes();
    }

    private static List<Object> values(Action a) {
        return Arrays.asList(a.code().toString(), a.code().challengeCode(), a.code().objectiveCode(), a.title(),
                a.status().label(), a.progress(), ActionText.namedDirectorates(a.leadDirectorates()),
                ActionText.namedDirectorates(a.coLeadDirectorates()), String.join(", ", a.partners()),
                a.startDate(), a.endDate(), a.plannedBudget(), a.spentBudget(), String.join(", ", a.indicatorIds()));
    }
}
