package fr.essor.roadmap.plan.web;

import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.roadmap.plan.domain.Action;

import java.math.BigDecimal;
import java.util.List;

/**
 * The action list as people open it in a spreadsheet: French headers; CSV in UTF-8 with a byte order mark and
 * {@code ;} separators (what French Excel expects), XLSX with numbers as numbers.
 */
final class ActionSpreadsheet {

    static final List<String> HEADERS = List.of("Code", "Enjeu", "Objectif", "Action", "Statut", "Avancement (%)",
            "Directions pilotes", "Directions co-pilotes", "Partenaires", "Date de début", "Date de fin",
            "Budget prévu (€)", "Budget dépensé (€)", "Indicateurs liés");

    private ActionSpreadsheet() {
    }

    static byte[] csv(List<Action> actions) {
        CsvTable csv = CsvTable.withHeaders(HEADERS);
        for (Action a : actions) {
            List<String> cells = List.of(a.code().toString(), a.code().challengeCode(), a.code().objectiveCode(),
                    a.title(), a.status().label(), Integer.toString(a.progress()),
                    ActionText.directorates(a.leadDirectorates()), ActionText.directorates(a.coLeadDirectorates()),
                    String.join(", ", a.partners()), FrenchFormat.date(a.startDate()), FrenchFormat.date(a.endDate()),
                    decimal(a.plannedBudget()), decimal(a.spentBudget()), String.join(", ", a.indicatorIds()));
            csv.row(cells);
        }
        return csv.toBytes();
    }

    static byte[] xlsx(List<Action> actions) {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        XlsxWorkbook.Table sheet = workbook.sheet("Actions", HEADERS);
        for (Action a : actions) {
            sheet.row().text(0, a.code().toString(), a.code().challengeCode(), a.code().objectiveCode(), a.title(),
                            a.status().label())
                    .number(5, a.progress())
                    .text(6, ActionText.directorates(a.leadDirectorates()),
                            ActionText.directorates(a.coLeadDirectorates()), String.join(", ", a.partners()))
                    .date(9, a.startDate()).date(10, a.endDate())
                    .money(11, a.plannedBudget()).money(12, a.spentBudget())
                    .text(13, String.join(", ", a.indicatorIds()));
        }
        return workbook.toBytes();
    }

    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
