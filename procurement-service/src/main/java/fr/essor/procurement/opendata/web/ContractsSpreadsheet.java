package fr.essor.procurement.opendata.web;

import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.procurement.opendata.application.ContractsCsv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Every contract as a workbook: the CSV export's columns and rows on one sheet "Marchés", amounts, hours, durations
 * and counts as numbers, the rest as text.
 */
final class ContractsSpreadsheet {

    static final String SHEET = "Marchés";
    private static final Set<String> NUMBERS = Set.of("heuresInsertionPrevues", "montantEstime", "dureeMois",
            "montantAttribue", "montantActuel", "modifications");

    private ContractsSpreadsheet() {
    }

    static byte[] of(List<List<String>> rows) {
        XlsxWorkbook workbook = XlsxWorkbook.create();
        List<String> columns = ContractsCsv.COLUMNS;
        XlsxWorkbook.Table sheet = workbook.sheet(SHEET, columns).withAutoFilter();
        for (List<String> values : rows) {
            XlsxWorkbook.Line row = sheet.row();
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                if (NUMBERS.contains(columns.get(c))) {
                    row.number(c, new BigDecimal(value));
                } else {
                    row.text(c, value);
                }
            }
        }
        return workbook.toBytes();
    }
}
