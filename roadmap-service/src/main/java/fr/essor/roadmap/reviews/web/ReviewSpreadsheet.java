package fr.essor.roadmap.reviews.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The review pack as a workbook: one sheet for the updates, one for the moves, one for the indicators and facts. */
final class ReviewSpreadsheet {

    static final List<String> UPDATE_HEADERS = List.of("Action", "Intitulé", "Directions pilotes",
            "Statut à l'ouverture", "Avancement à l'ouverture", "Mise à jour transmise", "Statut déclaré",
            "Avancement déclaré (%)", "Commentaire", "Points de blocage", "Transmise le");
    static final List<String> MOVE_HEADERS = List.of("Action", "Intitulé", "Statut", "Avancement", "Par");
    static final List<String> INDICATOR_HEADERS = List.of("Indicateur", "Unité", "Valeur ou fait");

    private ReviewSpreadsheet() {
    }

    static byte[] of(ReviewPage page) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet updates = sheet(workbook, "Mises à jour", UPDATE_HEADERS, bold);
            int r = 1;
            for (ReviewPage.ActionLine a : page.actions()) {
                Row row = updates.createRow(r++);
                text(row, 0, a.code(), a.title(), a.leads(), a.statusAtOpening(), a.progressAtOpening(),
                        a.updated() ? "Oui" : "Non", a.status());
                if (a.updated()) {
                    row.createCell(7).setCellValue(Integer.parseInt(a.progress().replace(" %", "")));
                }
                text(row, 8, a.comment(), a.blockingPoints(), a.submitted());
            }

            Sheet moves = sheet(workbook, "Changements", MOVE_HEADERS, bold);
            r = 1;
            for (ReviewPage.MoveLine m : page.moves()) {
                text(moves.createRow(r++), 0, m.code(), m.title(), m.status(), m.progress(), m.by());
            }

            Sheet indicators = sheet(workbook, "Indicateurs", INDICATOR_HEADERS, bold);
            r = 1;
            for (ReviewPage.IndicatorLine i : page.indicators()) {
                for (String entry : i.entries()) {
                    text(indicators.createRow(r++), 0, i.name(), i.unit(), entry);
                }
            }
            for (ReviewPage.FactLine f : page.facts()) {
                text(indicators.createRow(r++), 0, "Événement du " + f.date(), f.type(), f.label());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void text(Row row, int first, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(first + i).setCellValue(values[i]);
        }
    }
}
