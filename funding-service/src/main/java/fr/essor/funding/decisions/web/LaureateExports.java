package fr.essor.funding.decisions.web;

import fr.essor.kit.exports.CsvTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Lauréats");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (LaureateView l : laureates) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(l);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 9) {
                        row.createCell(c).setCellValue(l.amount().doubleValue());
                    } else if (c == 11) {
                        row.createCell(c).setCellValue(l.durationYears());
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
