package fr.essor.funding.dashboard;

import fr.essor.funding.ProposedForVote;
import fr.essor.funding.TestYears;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard of an edition voted through the API: two grants in Plaine Commune and a refusal give the sums by
 * theme, EPT and edition, the split fonctionnement/investissement, the median delay from each paper file's receipt
 * (11 days ago, typed in today) to the sitting (yesterday) and the counts by status, identical in the JSON, the
 * signed-in page and the XLSX export; an EPT account is kept out.
 */
@EssorIntegrationTest
class DashboardIT {

    static final int YEAR = TestYears.fresh();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void theDashboardSumsTheGrantsOfTheEditionInTheApiThePageAndTheSpreadsheet() throws Exception {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> call = dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi","Alimentation"],"operatingEnvelope":800000,\
                "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{"T6":30}}"""
                .formatted(YEAR, YEAR, today.minusDays(20), today.plusDays(5)));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        LocalDate received = today.minusDays(11);
        String first = proposed(dmta, "Réemploi", "93066", received);
        String second = proposed(dmta, "Réemploi", "93066", received);
        String refused = proposed(dmta, "Alimentation", "93048", received);
        HttpResponse<String> opened = dmta.json("POST", "/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"CD-%d-06-30-0001"}"""
                .formatted(YEAR, today.minusDays(1), YEAR));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String session = json.readTree(opened.body()).get("id").asString();
        for (String id : List.of(first, second, refused)) {
            assertThat(dmta.json("POST", "/api/voting-sessions/" + session + "/agenda",
                    "{\"applicationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
        }
        vote(dmta, session, first, "{\"outcome\":\"GRANTED\",\"amount\":15000.50,\"justification\":\"Utile\"}");
        vote(dmta, session, second, "{\"outcome\":\"GRANTED\",\"amount\":7250.25,\"justification\":\"Utile\"}");
        vote(dmta, session, refused, "{\"outcome\":\"REFUSED\",\"justification\":\"Budget fragile\"}");
        HttpResponse<String> closed = dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        HttpResponse<String> api = dmta.get("/api/dashboard?year=" + YEAR);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonNode d = json.readTree(api.body());
        assertThat(d.get("byTheme")).hasSize(1);
        assertThat(d.get("byTheme").get(0).get("theme").asString()).isEqualTo("Réemploi");
        assertThat(d.get("byTheme").get(0).get("granted").asLong()).isEqualTo(2);
        assertThat(d.get("byTheme").get(0).get("amount").decimalValue()).isEqualByComparingTo("22250.75");
        JsonNode t6 = d.get("byTerritory").get(0);
        assertThat(t6.get("territoryCode").asString()).isEqualTo("T6");
        assertThat(t6.get("laureates").asLong()).isEqualTo(2);
        assertThat(t6.get("amount").decimalValue()).isEqualByComparingTo("22250.75");
        assertThat(t6.get("share").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(t6.get("target").asInt()).isEqualTo(30);
        JsonNode edition = null;
        for (JsonNode y : d.get("byYear")) {
            if (y.get("year").asInt() == YEAR) {
                edition = y;
            }
        }
        assertThat(edition).isNotNull();
        // asked 18 000 € fonctionnement out of 20 000 €: 90 % of each grant is fonctionnement
        assertThat(edition.get("operatingGranted").decimalValue()).isEqualByComparingTo("20025.68");
        assertThat(edition.get("investmentGranted").decimalValue()).isEqualByComparingTo("2225.07");
        assertThat(edition.get("granted").decimalValue()).isEqualByComparingTo("22250.75");
        assertThat(edition.get("consumed").decimalValue()).isEqualByComparingTo("2.2");
        assertThat(d.get("byStatus").get("GRANTED").asLong()).isEqualTo(2);
        assertThat(d.get("byStatus").get("REFUSED").asLong()).isEqualTo(1);
        assertThat(d.get("decidedCount").asInt()).isEqualTo(3);
        // received 11 days ago, decided by yesterday's sitting: 10 days, not counted from the day they were typed in
        assertThat(d.get("medianDelayDays").decimalValue()).isEqualByComparingTo("10");

        String page = SignedInBrowser.signIn(port, "sens").page("/tableau-de-bord?annee=" + YEAR).body();
        assertThat(page).contains("Tableau de bord des financements", "22\u202f250,75 €", "20\u202f025,68 €",
                "2\u202f225,07 €", "100,0 %", "30 %", "2,2 %", "(<span>3 décisions</span>)",
                "Délai médian de la réception du dossier à la décision :", "<strong>10 jours</strong>",
                "/tableau-de-bord.xlsx?annee=" + YEAR);
        assertThat(page).as("territories named, never a bare code").contains("<th scope=\"row\">Plaine Commune (T6)</th>")
                .doesNotContain("<th scope=\"row\">T6</th>");

        HttpResponse<byte[]> xlsx = dmta.download("/tableau-de-bord.xlsx?annee=" + YEAR);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet themes = workbook.getSheet("Par thématique");
            assertThat(themes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Réemploi");
            assertThat(themes.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(22250.75, within(0.001));
            Sheet territories = workbook.getSheet("Par EPT");
            assertThat(territories.getRow(1).getCell(0).getStringCellValue()).isEqualTo("T6");
            assertThat(territories.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Plaine Commune");
            assertThat(territories.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(territories.getRow(1).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"€\"");
            assertThat(workbook.getSheet("Délai d'instruction").getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(10.0);
        }

        assertThat(SignedInBrowser.withToken(port, "ept-plaine-commune").get("/api/dashboard?year=" + YEAR)
                .statusCode()).isEqualTo(403);
        assertThat(dmta.get("/api/dashboard?year=1999").statusCode()).isEqualTo(404);
    }

    void vote(SignedInBrowser dmta, String session, String application, String body) {
        HttpResponse<String> voted = dmta.json("PUT", "/api/voting-sessions/" + session + "/votes/" + application,
                body);
        assertThat(voted.statusCode()).as(voted.body()).isEqualTo(200);
    }

    /** A paper file of the edition received on {@code received}, acting in one commune, proposed for the vote. */
    String proposed(SignedInBrowser dmta, String theme, String commune, LocalDate received) {
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Recyclerie %s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"%s"}""".formatted(siret, siret, commune)).statusCode()).isEqualTo(201);
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + YEAR + "/applications", """
                {"organisation":"%s","title":"Projet %s","summary":"Réparer","theme":"%s",\
                "amounts":{"firstYearOperating":10000,"firstYearInvestment":2000,"secondYearOperating":8000},\
                "durationYears":2,"communeInsees":["%s"],"qpv":true,"projectBudget":52000,"incubation":false,\
                "channel":"AGENT","receivedOn":"%s"}""".formatted(siret, siret, theme, commune, received));
        return new ProposedForVote(port, json).application(created);
    }
}
