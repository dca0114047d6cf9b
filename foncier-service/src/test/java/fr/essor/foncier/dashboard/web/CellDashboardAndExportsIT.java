package fr.essor.foncier.dashboard.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cell's dashboard counts what the cell did, and the XLSX exports read back as they were written. */
@EssorIntegrationTest
class CellDashboardAndExportsIT {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aNeedMatchedToALeaseThenEndedMovesTheDashboardAndAppearsInTheWorkbooks() throws IOException {
        Api cell = Api.at(port).as("sens");
        JsonNode before = dashboard(cell);

        String siret = Sirets.next();
        assertThat(cell.postJson("/api/organisations", """
                {"siret": "%s", "name": "Ressourcerie du Canal", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93048"}""".formatted(siret)).statusCode()).isEqualTo(201);
        String needId = id(cell.postJson("/api/premises/needs", """
                {"organisationId": "%s", "usages": ["WORKSHOP"], "surfaceMin": 120, "surfaceMax": 250,
                 "communeInsees": ["93048"], "territoryCodes": [], "maxRentPerSquareMetre": 90.50,
                 "neededFrom": "2026-09-01", "tenure": "EITHER", "durationMonths": 24,
                 "accessibilityRequired": false, "erpRequired": false}""".formatted(siret)));
        JsonNode afterNeed = dashboard(cell);
        assertThat(open(afterNeed, "T8") - open(before, "T8")).isEqualTo(1);
        assertThat(open(afterNeed, "TOTAL") - open(before, "TOTAL")).isEqualTo(1);
        assertThat(open(afterNeed, "T6") - open(before, "T6")).isZero();

        String offerId = id(cell.postJson("/api/premises/offers", """
                {"ownerType": "SOCIAL_LANDLORD", "ownerName": "Bailleur", "address": "4 rue du Canal",
                 "communeInsee": "93048", "surface": 160, "allowedUsages": ["WORKSHOP"], "rentPerSquareMetre": 80,
                 "availableFrom": "2026-07-01", "tenure": "LONG_TERM", "erpCategory": 5, "accessible": true}"""));
        String id = id(cell.postJson("/api/intermediations",
                "{\"needId\": \"%s\", \"offerId\": \"%s\"}".formatted(needId, offerId)));
        ok(cell.postJson("/api/intermediations/" + id + "/contact", "{}"));
        ok(cell.postJson("/api/intermediations/" + id + "/visits", """
                {"date": "%s", "participants": ["ORGANISATION"]}""".formatted(LocalDate.now(FrenchFormat.PARIS).minusDays(1))));
        ok(cell.postJson("/api/intermediations/" + id + "/negotiation", "{}"));
        ok(cell.postJson("/api/intermediations/" + id + "/lease", """
                {"startDate": "%s", "surface": 150, "annualRent": 12345.67}""".formatted(LocalDate.now(FrenchFormat.PARIS))));
        ok(cell.postJson("/api/intermediations/" + id + "/lease/end", """
                {"endedOn": "%s", "reason": "MUTUAL_AGREEMENT"}""".formatted(LocalDate.now(FrenchFormat.PARIS))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = dashboard(cell);
            assertThat(after.get("matchesProposed").asInt() - before.get("matchesProposed").asInt()).isEqualTo(1);
            assertThat(after.get("leasesSigned").asInt() - before.get("leasesSigned").asInt()).isEqualTo(1);
            assertThat(after.get("leasesEnded").asInt() - before.get("leasesEnded").asInt()).isEqualTo(1);
            assertThat(after.get("squareMetresHoused").asLong() - before.get("squareMetresHoused").asLong())
                    .isEqualTo(150);
            assertThat(open(after, "T8")).as("the need was satisfied").isEqualTo(open(before, "T8"));
        });
        SignedInBrowser browser = SignedInBrowser.signIn(port, "sens");
        JsonNode now = dashboard(cell);
        assertThat(browser.page("/tableau-de-bord").body()).contains("Tableau de bord de la cellule foncière",
                "id=\"baux-signes\">" + now.get("leasesSigned").asInt() + "<",
                "id=\"m2-reloges\">" + now.get("squareMetresHoused").asLong() + "<", "T8 Est Ensemble");
        assertThat(Api.at(port).as("ept-est-ensemble").get("/api/dashboard").statusCode())
                .isEqualTo(403);

        try (XSSFWorkbook needs = workbook(browser, "/besoins/export.xlsx")) {
            Row row = rowOf(needs.getSheet("Besoins"), needId).orElseThrow();
            assertThat(number(row, needs.getSheet("Besoins"), "Surface minimale (m²)")).isEqualTo(120);
            assertThat(number(row, needs.getSheet("Besoins"), "Loyer maximal (€/m²/an)")).isEqualTo(90.5);
            Cell wanted = row.getCell(column(needs.getSheet("Besoins"), "Date souhaitée"));
            assertThat(DateUtil.isCellDateFormatted(wanted)).isTrue();
            assertThat(text(row, needs.getSheet("Besoins"), "SIRET ou RNA")).isEqualTo(siret);
        }
        try (XSSFWorkbook offers = workbook(browser, "/offres/export.xlsx")) {
            Row row = rowOf(offers.getSheet("Offres"), offerId).orElseThrow();
            assertThat(number(row, offers.getSheet("Offres"), "Surface (m²)")).isEqualTo(160);
        }
        try (XSSFWorkbook leases = workbook(browser, "/mises-en-relation/export.xlsx")) {
            Sheet sheet = leases.getSheet("Mises en relation et baux");
            Row row = rowOf(sheet, id).orElseThrow();
            assertThat(text(row, sheet, "Étape")).isEqualTo("Bail terminé");
            assertThat(number(row, sheet, "Surface louée (m²)")).isEqualTo(150);
            assertThat(number(row, sheet, "Loyer annuel (€)")).isEqualTo(12345.67);
            assertThat(row.getCell(column(sheet, "Loyer annuel (€)")).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"€\"");
            Cell start = row.getCell(column(sheet, "Prise d'effet"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(FrenchFormat.PARIS));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(column(sheet, "Proposée le")))).isTrue();
            assertThat(text(row, sheet, "Code EPT")).isEqualTo("T8");
            assertThat(text(row, sheet, "Territoire")).isEqualTo("Est Ensemble");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(text(row, sheet, "Raison de la fin")).isEqualTo("Résiliation d'un commun accord");
        }
        try (XSSFWorkbook hub = workbook(browser, "/pole/occupation.xlsx")) {
            Sheet rates = hub.getSheet("Occupation");
            Row overall = rowOf(rates, "Tout le pôle").orElseThrow();
            assertThat(overall.getCell(column(rates, "Surface (m²)")).getCellType()).isEqualTo(CellType.NUMERIC);
            Cell rate = overall.getCell(column(rates, "Taux d'occupation (%)"));
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
            assertThat(rate.getNumericCellValue()).isBetween(0.0, 1.0);
            assertThat(hub.getSheet("Espaces").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Espace");
        }
    }

    private JsonNode dashboard(Api cell) {
        HttpResponse<String> response = cell.get("/api/dashboard");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static int open(JsonNode figures, String column) {
        return figures.get("needsByStatus").get("OPEN").get(column).asInt();
    }

    private static XSSFWorkbook workbook(SignedInBrowser browser, String path) throws IOException {
        HttpResponse<byte[]> response = browser.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static Optional<Row> rowOf(Sheet sheet, String firstCell) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows.stream().filter(r -> r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                && r.getCell(0).getStringCellValue().equals(firstCell)).findFirst();
    }

    private static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static double number(Row row, Sheet sheet, String header) {
        return row.getCell(column(sheet, header)).getNumericCellValue();
    }

    private static String text(Row row, Sheet sheet, String header) {
        return row.getCell(column(sheet, header)).getStringCellValue();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }
}
