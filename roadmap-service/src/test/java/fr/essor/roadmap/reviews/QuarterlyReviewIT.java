package fr.essor.roadmap.reviews;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;
import fr.essor.roadmap.reviews.domain.Quarter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The quarterly review through its pages, as the SENS and a lead directorate use it without JavaScript; the fact its
 * publication emits; the review pack parsed back from its PDF and XLSX; and the stale actions on the dashboard.
 */
@EssorIntegrationTest
class QuarterlyReviewIT {

    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;
    @Autowired
    Actions actions;

    @Test
    void theLeadDirectorateUpdatesTheSensConsolidatesAndPublishesAndThePackTellsWhatChanged() throws IOException {
        Quarter quarter = Quarter.of(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
        String id = quarter.id();
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");

        HttpResponse<String> opened = sens.submit("/comites", "/comites", Map.of("quarter", id));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/comites/" + id));
        assertThat(sens.submit("/comites", "/comites", Map.of("quarter", id)).statusCode())
                .as("one review per quarter").isEqualTo(400);

        // in the period: DMTA moves its action on the action page, the SENS records an indicator value
        assertThat(dmta.submit("/actions/3.1.3", "/actions/3.1.3", Map.of("status", "IN_PROGRESS",
                "progress", "30")).statusCode()).isEqualTo(302);
        String indicator = "Initiatives valorisées " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = sens.json("POST", "/api/indicators", """
                {"name": "%s", "unit": "initiatives", "periodicity": "YEARLY", "byTerritory": false,
                 "source": "Recensement DMTA"}""".formatted(indicator));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String indicatorId = json.readTree(created.body()).get("id").asString();
        assertThat(sens.json("POST", "/api/indicators/" + indicatorId + "/values", """
                {"valueDate": "%s", "value": 12, "source": "Recensement DMTA du trimestre"}"""
                .formatted(LocalDate.now(clock))).statusCode()).isEqualTo(201);

        String form = "/comites/" + id + "/actions/3.1.3";
        HttpResponse<String> blockedWithoutReason = dmta.submit(form, form, Map.of("status", "BLOCKED",
                "progress", "30", "comment", "", "blockingPoints", ""));
        assertThat(blockedWithoutReason.statusCode()).isEqualTo(400);
        assertThat(blockedWithoutReason.body()).contains("id=\"blockingPoints-erreur\"",
                "Une action bloquée indique ses points de blocage.",
                "aria-describedby=\"blockingPoints-aide blockingPoints-erreur\"");
        HttpResponse<String> submitted = dmta.submit(form, form, Map.of("status", "BLOCKED", "progress", "30",
                "comment", "Appel à projets relancé", "blockingPoints", "Convention non signée"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        assertThat(SignedInBrowser.withToken(port, "dter").page(form).statusCode()).as("not a lead of 3.1.3")
                .isEqualTo(403);

        String page = sens.page("/comites/" + id).body();
        assertThat(section(page, "id=\"action-3-1-3\"")).contains("Bloqué, 30 %", "Appel à projets relancé",
                "Convention non signée", "par dmta");
        assertThat(section(page, "id=\"table-changements\"")).contains("3.1.3", "À venir → En cours", "0 % → 30 %",
                "dmta");
        assertThat(section(page, "id=\"indicateurs\"")).contains(indicator, "12 initiatives",
                "Recensement DMTA du trimestre");
        assertThat(dmta.page("/comites/" + id).body()).doesNotContain("Consolider le comité");

        assertThat(sens.submit("/comites/" + id, "/comites/" + id + "/consolidation", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(dmta.submit("/comites/" + id, form, Map.of("status", "DONE", "progress", "100")).body())
                .contains("les mises à jour sont closes");
        assertThat(dmta.submit("/comites/" + id, "/comites/" + id + "/publication", Map.of()).statusCode())
                .as("only the SENS publishes").isEqualTo(403);
        assertThat(sens.submit("/comites/" + id, "/comites/" + id + "/publication", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(section(sens.page("/comites/" + id).body(), "id=\"etat\"")).contains("Publié");

        TopicProbe.Received record = await().atMost(Duration.ofSeconds(20)).until(() -> TopicProbe
                .ofTestInfrastructure().readAll("essor.roadmap.reviews").stream()
                .filter(r -> id.equals(r.key())).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.roadmap.quarterly-review-published.v1");
        assertThat(record.header("ce_subject")).isEqualTo(id);
        JsonNode payload = json.readTree(record.value());
        assertThat(record.header("ce_id")).isEqualTo(payload.get("eventId").asString());
        assertThat(payload.get("recordedBy").asString()).isEqualTo("sens");
        assertThat(payload.get("actionCount").asInt()).isEqualTo(44);
        assertThat(payload.get("updatedCount").asInt()).isEqualTo(1);
        JsonNode retained = null;
        for (JsonNode a : payload.get("actions")) {
            if (a.get("actionCode").asString().equals("3.1.3")) {
                retained = a;
            }
        }
        assertThat(retained).isNotNull();
        assertThat(retained.get("status").asString()).isEqualTo("BLOCKED");
        assertThat(retained.get("progress").asInt()).isEqualTo(30);
        assertThat(retained.get("blocked").asBoolean()).isTrue();

        HttpResponse<byte[]> pdf = dmta.download("/comites/" + id + "/dossier.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfDocuments.keepForReview("dossier-comite", pdf.body());
        PdfUaValidation.assertCompliant(pdf.body());
        PdfDocuments.assertKitLayoutWithTrailingAnnexes(pdf.body(), "Comité de suivi du " + quarter.label(),
                "Annexe 1 : Mises à jour des directions pilotes");
        String text = PdfDocuments.text(pdf.body());
        assertThat(text).contains("Comité de suivi du " + quarter.label(), "Statut : Publié",
                "Mises à jour des directions pilotes", "3.1.3", "Bloqué, 30 %", "Convention non signée",
                "Ce qui a changé depuis le comité précédent", "À venir → En cours", indicator,
                "Département de la Seine-Saint-Denis", "Référence : " + id);
        PdfDocuments.assertNoCodeNorLogin(text, "dmta", "dter", "djva");
        assertThat(text).doesNotContain("fr.essor.", ".v1");

        HttpResponse<byte[]> xlsx = dmta.download("/comites/" + id + "/dossier.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> update = row(workbook.getSheet("Mises à jour"), "3.1.3");
            assertThat(update.subList(5, 10)).containsExactly("Oui", "Bloqué", "30,0 %", "Appel à projets relancé",
                    "Convention non signée");
            assertThat(update.get(10)).as("submitted at, Paris time").matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            Sheet updates = workbook.getSheet("Mises à jour");
            assertThat(updates.getLastRowNum()).isEqualTo(44);
            assertThat(updates.getPaneInformation().isFreezePane()).isTrue();
            Row updated = rowOf(updates, "3.1.3");
            assertThat(updated.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(updated.getCell(7).getNumericCellValue()).isEqualTo(0.30, within(1e-9));
            assertThat(DateUtil.isCellDateFormatted(updated.getCell(10))).isTrue();
            assertThat(row(workbook.getSheet("Changements"), "3.1.3").subList(2, 6))
                    .containsExactly("À venir", "En cours", "0,0 %", "30,0 %");
            assertThat(column(workbook.getSheet("Indicateurs"), 0)).contains(indicator);
        }
    }

    @Test
    void onlyTheSteeringOpensAReviewAndTheFormSaysWhichQuarter() {
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");
        Quarter previous = Quarter.of(LocalDate.now(clock)).previous();

        assertThat(djva.page("/comites").body()).doesNotContain("Ouvrir le comité");
        assertThat(djva.submit("/comites", "/comites", Map.of("quarter", previous.id())).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noQuarter = SignedInBrowser.withToken(port, "sens").submit("/comites", "/comites",
                Map.of("quarter", "T9"));
        assertThat(noQuarter.statusCode()).isEqualTo(400);
        assertThat(noQuarter.body()).contains("id=\"quarter-erreur\"", "Choisissez un trimestre.");
    }

    @Test
    void anActionInProgressWithoutNewsForNinetyDaysIsFlaggedOnTheDashboard() {
        Editor sens = new Editor("sens", Set.of(Directorate.DIEESS), true);
        Action quiet = actions.find("3.5.2").orElseThrow();
        ActionOutcome longAgo = quiet.edit(ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS, 40), sens,
                clock.instant().minus(Duration.ofDays(100)));
        actions.save(((ActionOutcome.Changed) longAgo).action(), quiet.version(),
                ((ActionOutcome.Changed) longAgo).event());
        SignedInBrowser browser = SignedInBrowser.withToken(port, "sens");
        assertThat(browser.json("PATCH", "/api/actions/3.5.1", "{\"status\":\"IN_PROGRESS\",\"progress\":10}")
                .statusCode()).isEqualTo(200);

        String dashboard = browser.page("/feuille-de-route").body();

        assertThat(section(dashboard, "id=\"sans-nouvelles-table\"")).contains("3.5.2").doesNotContain("3.5.1 ");
        assertThat(dashboard).contains("href=\"/comites\"");
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + code + " in " + sheet.getSheetName());
    }

    private static List<String> row(Sheet sheet, String code) {
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(new DataFormatter(Locale.FRANCE).formatCellValue(cell)));
            if (!cells.isEmpty() && cells.getFirst().equals(code)) {
                return cells;
            }
        }
        throw new AssertionError("No row " + code + " in " + sheet.getSheetName());
    }

    private static List<String> column(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> values.add(new DataFormatter(Locale.FRANCE).formatCellValue(row.getCell(index))));
        return values;
    }

    /** The element opening with {@code marker} up to the end of its table row or table. */
    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker + " in the page").isNotNegative();
        int end = page.indexOf("</table>", start);
        int rowEnd = page.indexOf("</tr>", start);
        int dd = page.indexOf("</dd>", start);
        int sectionEnd = page.indexOf("<h2", start + marker.length());
        int stop = marker.contains("action-") ? rowEnd : marker.contains("etat") ? dd
                : marker.contains("indicateurs") ? sectionEnd : end;
        return page.substring(start, stop < 0 ? page.length() : stop);
    }
}
