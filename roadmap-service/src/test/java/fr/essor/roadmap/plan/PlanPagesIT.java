package fr.essor.roadmap.plan;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The roadmap's pages and exports, as a signed-in browser without JavaScript and a spreadsheet see them. */
@EssorIntegrationTest
class PlanPagesIT {

    @LocalServerPort
    int port;

    @Test
    void theDashboardShowsProgressByChallengeCountsByStatusAndDirectorateAndLateActions() {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        assertThat(sens.json("PATCH", "/api/actions/3.4.4", "{\"status\":\"LATE\",\"progress\":10}").statusCode())
                .isEqualTo(200);

        HttpResponse<String> page = sens.page("/feuille-de-route");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tableau de bord de la feuille de route", "Enjeu 1 — Accompagner",
                "1.2 FINANCER", "3.5 EXEMPLARITÉ", "Sans direction pilote désignée");
        assertThat(section(page.body(), "id=\"en-retard\"")).contains("3.4.4 Plaider pour un fonds national");
        assertThat(section(page.body(), "id=\"par-statut\"")).contains("En retard");
        assertThat(sens.page("/").body()).contains("href=\"/feuille-de-route\"");
    }

    @Test
    void aLeadDirectorateUpdatesItsActionWithTheFormAndSeesTheChangeInTheHistory() {
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");

        HttpResponse<String> posted = djva.submit("/actions/1.2.2", "/actions/1.2.2", Map.of("status", "IN_PROGRESS",
                "progress", "20", "startDate", "2025-03-01", "endDate", "", "partners", "DLA\nFOL 93",
                "indicatorIds", "organisations-housed"));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/actions/1.2.2"));
        String page = djva.page("/actions/1.2.2").body();
        assertThat(section(page, "id=\"situation\"")).contains("En cours", "20 %", "du 01/03/2025", "DLA, FOL 93");
        assertThat(section(page, "id=\"situation\"")).as("a linked indicator is shown by its name")
                .contains("href=\"/indicateurs/organisations-housed\"").doesNotContain(">organisations-housed<");
        assertThat(page).containsPattern("id=\"indicateur-organisations-housed\"[^>]*checked")
                .doesNotContain("Identifiants séparés par des virgules");
        assertThat(section(page, "id=\"table-historique\"")).contains("djva", "Statut", "À venir", "En cours",
                "Date de début", "01/03/2025");
        assertThat(FormMarks.field(page, "startDate")).as("the stored start is shown as typed in France")
                .contains("value=\"01/03/2025\"");
    }

    @Test
    void aFormBreakingTheRulesComesBackWithTheFrenchMessageNextToTheField() {
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");

        HttpResponse<String> posted = djva.submit("/actions/1.3.3", "/actions/1.3.3", Map.of("status", "DONE",
                "progress", "40", "startDate", "", "endDate", "pas une date"));

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("<p class=\"field__error\" id=\"endDate-erreur\">Date invalide : "
                        + "utilisez le format jj/mm/aaaa.</p>")
                .contains("aria-describedby=\"endDate-aide endDate-erreur\"")
                .containsPattern("id=\"endDate\"[^>]*value=\"pas une date\"");
        HttpResponse<String> rules = djva.submit("/actions/1.3.3", "/actions/1.3.3", Map.of("status", "DONE",
                "progress", "40"));
        assertThat(rules.statusCode()).isEqualTo(400);
        assertThat(rules.body()).contains("id=\"progress-erreur\"", "Une action réalisée est avancée à 100 %.");
    }

    @Test
    void theActionPageTakesDatesTypedJjMmAaaaAndMarksTheFieldsTheServerRequires() {
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");
        String page = djva.page("/actions/1.3.3").body();
        for (String date : List.of("startDate", "endDate", "dueDate")) {
            FormMarks.assertDateField(page, date);
        }
        FormMarks.assertRequired(FormMarks.form(page, "/actions/1.3.3"), "progress");
        FormMarks.assertRequired(FormMarks.form(page, "/actions/1.3.3/jalons"), "title", "dueDate");
        FormMarks.assertRequired(FormMarks.form(page, "/actions/1.3.3/notes"), "text");

        HttpResponse<String> refused = djva.submit("/actions/1.3.3", "/actions/1.3.3/jalons",
                Map.of("title", "Premier atelier", "dueDate", "31/09/2027"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).as("the bad date is answered next to its field; the milestone comes back as typed")
                .contains("<p class=\"field__error\" id=\"dueDate-erreur\">Date invalide : utilisez le format "
                        + "jj/mm/aaaa.</p>")
                .containsPattern("id=\"dueDate\"[^>]*value=\"31/09/2027\"")
                .containsPattern("id=\"title\"[^>]*value=\"Premier atelier\"");

        HttpResponse<String> added = djva.submit("/actions/1.3.3", "/actions/1.3.3/jalons",
                Map.of("title", "Premier atelier", "dueDate", "30/09/2027"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(djva.page("/actions/1.3.3").body()).as("the milestone typed jj/mm/aaaa falls due that day")
                .containsPattern("<td>Premier atelier</td>\\s*<td>30/09/2027</td>");
    }

    @Test
    void aDirectorateThatDoesNotLeadTheActionReadsItButCannotChangeIt() {
        SignedInBrowser dter = SignedInBrowser.withToken(port, "dter");

        HttpResponse<String> page = dter.page("/actions/1.2.2");
        HttpResponse<String> posted = dter.submit("/actions/1.2.2", "/actions/1.2.2/notes", Map.of("text", "Note"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Enregistrer le suivi").contains("Seules ses directions pilotes");
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void theCsvExportIsUtf8WithBomSemicolonsAndFrenchHeadersWithOneRowPerAction() {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        sens.json("PATCH", "/api/actions/2.1.1", "{\"status\":\"IN_PROGRESS\",\"progress\":15,"
                + "\"endDate\":\"2026-12-31\"}");

        HttpResponse<byte[]> csv = sens.download("/actions/export.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(45);
        assertThat(lines.getFirst().split(";")).startsWith("Code", "Enjeu", "Objectif", "Action", "Statut",
                "Avancement (%)", "Directions pilotes");
        String[] row = lines.stream().filter(l -> l.startsWith("2.1.1;")).findFirst().orElseThrow().split(";");
        assertThat(row[4]).isEqualTo("En cours");
        assertThat(row[5]).isEqualTo("15");
        assertThat(row[10]).isEqualTo("31/12/2026");
        assertThat(LocalDate.parse(row[10], DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(new String(sens.download("/actions/export.csv?directorate=DMTA").body(), StandardCharsets.UTF_8)
                .lines()).hasSize(3);
    }

    @Test
    void theXlsxExportHasAHeaderAndOneRowPerActionWithNumbersAsNumbers() throws Exception {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        sens.json("PATCH", "/api/actions/2.2.1", "{\"status\":\"IN_PROGRESS\",\"progress\":35,"
                + "\"endDate\":\"2026-12-30\"}");
        sens.json("PUT", "/api/actions/2.2.1/budget/2025", "{\"planned\":8000,\"spent\":1250.25}");

        HttpResponse<byte[]> xlsx = sens.download("/actions/export.xlsx?challenge=2");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Actions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Budget prévu (€)");
            assertThat(sheet.getLastRowNum()).isEqualTo(13);
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getCell(0).getStringCellValue().equals("2.2.1")) {
                    row = candidate;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("En cours");
            assertThat(row.getCell(5).getNumericCellValue()).as("35 %").isEqualTo(0.35);
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
            assertThat(row.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N14");
            Cell end = row.getCell(10);
            assertThat(end.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(end)).isTrue();
            assertThat(end.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 30));
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(8000.0);
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(1250.25);
        }
    }

    /** The HTML of the element that starts with the marker, up to the end of its table or list. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as("page contains " + marker).isNotNegative();
        int end = html.indexOf("</table>", start);
        int dl = html.indexOf("</dl>", start);
        if (dl > 0 && (end < 0 || dl < end)) {
            end = dl;
        }
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
