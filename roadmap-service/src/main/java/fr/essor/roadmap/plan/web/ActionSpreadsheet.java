package fr.essor.roadmap.plan.web;

import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.domain.Action;
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
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Actions");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Action a : actions) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.code().toString());
                row.createCell(1).setCellValue(a.code().challengeCode());
                row.createCell(2).setCellValue(a.code().objectiveCode());
                row.createCell(3).setCellValue(a.title());
                row.createCell(4).setCellValue(a.status().label());
                row.createCell(5).setCellValue(a.progress());
                row.createCell(6).setCellValue(ActionText.directorates(a.leadDirectorates()));
                row.createCell(7).setCellValue(ActionText.directorates(a.coLeadDirectorates()));
                row.createCell(8).setCellValue(String.join(", ", a.partners()));
                if (a.startDate() != null) {
                    row.createCell(9).setCellValue(a.startDate());
                    row.getCell(9).setCellStyle(date);
                }
                if (a.endDate() != null) {
                    row.createCell(10).setCellValue(a.endDate());
                    row.getCell(10).setCellStyle(date);
                }
                row.createCell(11).setCellValue(a.plannedBudget().doubleValue());
                row.getCell(11).setCellStyle(money);
                row.createCell(12).setCellValue(a.spentBudget().doubleValue());
                row.getCell(12).setCellStyle(money);
                row.createCell(13).setCellValue(String.join(", ", a.indicatorIds()));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
