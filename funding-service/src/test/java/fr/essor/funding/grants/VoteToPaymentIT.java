package fr.essor.funding.grants;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.ProposedForVote;
import fr.essor.funding.TestYears;

import fr.essor.contracts.EventContracts;
import fr.essor.funding.opendata.ScdlSubventionsChecker;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From the vote to the last payment on the real broker: a voting session decides its agenda, its closing publishes
 * each vote once and one laureate list per EPT, readable by that EPT only; the agreement is printable, payments
 * move the application to En paiement then Soldée, and the grant appears in the SCDL open-data file.
 */
@EssorIntegrationTest
class VoteToPaymentIT {

    static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    final TopicProbe topics = TopicProbe.ofTestInfrastructure();

    SignedInBrowser as(String user) {
        return SignedInBrowser.withToken(port, user);
    }

    /**
     * A call of a fresh year (opened 60 days ago) and an application of it, a paper file received 45 days ago (before
     * the sitting of {@link #openSession}), proposed for the vote.
     */
    String proposed(int year, boolean newCall, String title, String communes) {
        SignedInBrowser dmta = as("dmta");
        if (newCall) {
            LocalDate today = LocalDate.now(FrenchFormat.PARIS);
            assertThat(dmta.json("POST", "/api/calls", """
                    {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                    "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                    "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{}}"""
                    .formatted(year, year, today.minusDays(60), today.plusDays(5))).statusCode()).isEqualTo(201);
        }
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Recyclerie %s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, siret)).statusCode()).isEqualTo(201);
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"%s","summary":"Réparer","theme":"Réemploi",\
                "amounts":{"firstYearOperating":10000,"firstYearInvestment":2000,"secondYearOperating":8000},\
                "durationYears":2,"communeInsees":%s,"qpv":true,"projectBudget":52000,"incubation":false,\
                "receivedOn":"%s"}""".formatted(siret, title, communes, LocalDate.now(FrenchFormat.PARIS).minusDays(45)));
        return new ProposedForVote(port, json).application(created);
    }

    String openSession(int year, String reference) {
        HttpResponse<String> opened = as("dmta").json("POST", "/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"%s"}"""
                .formatted(year, LocalDate.now(FrenchFormat.PARIS).minusDays(40), reference));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json.readTree(opened.body()).get("id").asString();
    }

    @Test
    void closingASessionAppliesEachVoteOncePublishesOneListPerEptAndEachEptReadsOnlyItsOwn() {
        int year = TestYears.fresh();
        String granted = proposed(year, true, "Atelier vélo", "[\"93066\",\"93048\"]");
        String refused = proposed(year, false, "Jardin", "[\"93010\"]");
        SignedInBrowser dmta = as("dmta");
        String session = openSession(year, "CD-" + year + "-05-12-0087");

        HttpResponse<String> direct = dmta.json("POST", "/api/applications/" + granted + "/transitions", """
                {"action":"GRANT","reason":"x","amount":10,"decisionReference":"CD-1","decidedOn":"%s"}"""
                .formatted(LocalDate.now(FrenchFormat.PARIS)));
        assertThat(direct.statusCode()).isEqualTo(409);
        assertThat(json.readTree(direct.body()).get("code").asString()).isEqualTo("step.recordedElsewhere");

        for (String id : List.of(granted, refused)) {
            assertThat(dmta.json("POST", "/api/voting-sessions/" + session + "/agenda",
                    "{\"applicationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
        }
        assertThat(as("djva").json("PUT", "/api/voting-sessions/" + session + "/votes/" + granted,
                "{\"outcome\":\"GRANTED\",\"amount\":15000,\"justification\":\"Utile\"}").statusCode()).isEqualTo(403);
        assertThat(dmta.json("PUT", "/api/voting-sessions/" + session + "/votes/" + granted,
                "{\"outcome\":\"GRANTED\",\"amount\":15000.50,\"justification\":\"Projet structurant\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> early = dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json.readTree(early.body()).get("code").asString()).isEqualTo("session.votesMissing");
        assertThat(dmta.json("PUT", "/api/voting-sessions/" + session + "/votes/" + refused,
                "{\"outcome\":\"REFUSED\",\"justification\":\"Budget fragile\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> closed = dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json.readTree(closed.body()).get("closed").asBoolean()).isTrue();
        assertThat(dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null).statusCode())
                .isEqualTo(409);
        JsonNode application = json.readTree(dmta.get("/api/applications/" + granted).body());
        assertThat(application.get("status").asString()).isEqualTo("GRANTED");
        assertThat(application.get("decision").get("decisionReference").asString())
                .isEqualTo("CD-" + year + "-05-12-0087");
        assertThat(json.readTree(dmta.get("/api/applications/" + refused).body()).get("status").asString())
                .isEqualTo("REFUSED");

        List<TopicProbe.Received> lists = await().atMost(Duration.ofSeconds(20)).until(() -> topics
                .readAll("essor.funding.laureates").stream().filter(r -> session.equals(r.key())).toList(),
                found -> found.size() == 4);
        assertThat(lists).allSatisfy(r -> assertThat(CONTRACTS.violations(r.header("ce_type"), r.value())).isEmpty());
        assertThat(lists).extracting(r -> json.readTree(r.value()).get("territoryCode").asString())
                .containsExactly("T6", "T7", "T8", "T9");
        assertThat(lists).extracting(r -> json.readTree(r.value()).get("laureateCount").asInt())
                .containsExactly(1, 0, 1, 0);
        List<TopicProbe.Received> awards = await().atMost(Duration.ofSeconds(20)).until(() -> topics
                .readAll("essor.funding.applications").stream()
                .filter(r -> "fr.essor.funding.grant-awarded.v1".equals(r.header("ce_type")))
                .filter(r -> r.key().equals(granted) || r.key().equals(refused)).toList(), found -> !found.isEmpty());
        assertThat(awards).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(granted);
            assertThat(CONTRACTS.violations(r.header("ce_type"), r.value())).isEmpty();
        });

        JsonNode seenByPlaineCommune = json.readTree(as("ept-plaine-commune").get("/api/laureates?year=" + year)
                .body());
        assertThat(seenByPlaineCommune.findValuesAsString("applicationId")).containsExactly(granted);
        assertThat(seenByPlaineCommune.findValuesAsString("territoryCode")).containsOnly("T6");
        assertThat(json.readTree(as("ept-grand-est").get("/api/laureates?year=" + year).body())).isEmpty();
        HttpResponse<String> otherTerritory = as("ept-grand-est").get("/api/laureates?year=" + year
                + "&territory=T6");
        assertThat(otherTerritory.statusCode()).isEqualTo(403);
        assertThat(json.readTree(dmta.get("/api/laureates?year=" + year).body()).findValuesAsString("territoryCode"))
                .containsExactly("T6", "T8");
    }

    @Test
    void theAgreementIsPrintedFromTheVoteAndPaymentsSettleTheGrantAndFeedTheOpenDataFile() throws Exception {
        int year = TestYears.fresh();
        String id = proposed(year, true, "Cantine solidaire", "[\"93066\"]");
        SignedInBrowser dmta = as("dmta");
        String session = openSession(year, "CD-" + year + "-06");
        dmta.json("POST", "/api/voting-sessions/" + session + "/agenda", "{\"applicationId\":\"" + id + "\"}");
        dmta.json("PUT", "/api/voting-sessions/" + session + "/votes/" + id,
                "{\"outcome\":\"GRANTED\",\"amount\":15000,\"justification\":\"Utile\"}");
        assertThat(dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null).statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> pdf = dmta.download("/api/grants/" + id + "/agreement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfDocuments.keepForReview("convention-subvention", pdf.body());
        PdfUaValidation.assertCompliant(pdf.body());
        PdfDocuments.assertKitLayout(pdf.body(), "Convention d'attribution de subvention");
        String text = PdfDocuments.text(pdf.body());
        assertThat(text).contains("Convention d'attribution", "Département de la "
                + "Seine-Saint-Denis", "Recyclerie", "Cantine solidaire", "15 000,00 €", "CD-" + year + "-06",
                "deux ans", "Avance de 50 % de la 1re année", "4 500,00 €", "compte rendu annuel", "Signature",
                "Référence : " + id, "Pour le Département de la Seine-Saint-", "Stéphane Troussel",
                "Président du Conseil départemental", "Pour le bénéficiaire, Recyclerie", "Nom : ", "Qualité : ");
        PdfDocuments.assertNoCodeNorLogin(text, "dmta");

        LocalDate signed = LocalDate.now(FrenchFormat.PARIS).minusDays(30);
        assertThat(dmta.json("POST", "/api/grants/" + id + "/payments", """
                {"instalment":1,"amount":4500,"paidOn":"%s"}""".formatted(signed)).statusCode()).isEqualTo(409);
        assertThat(dmta.json("POST", "/api/grants/" + id + "/signature",
                "{\"signedOn\":\"" + signed + "\"}").statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("AGREEMENT_SIGNED");
        TopicProbe.Received agreementSigned = topics.awaitKeyed("essor.funding.grants", id, 1).getFirst();
        assertThat(agreementSigned.header("ce_type")).isEqualTo("fr.essor.funding.grant-agreement-signed.v1");
        assertThat(CONTRACTS.violations(agreementSigned.header("ce_type"), agreementSigned.value())).isEmpty();
        JsonNode signedFact = json.readTree(agreementSigned.value());
        assertThat(signedFact.get("kind").asString()).isEqualTo("GRANT_AGREEMENT");
        assertThat(signedFact.get("signedOn").asString()).isEqualTo(signed.toString());
        assertThat(signedFact.get("amount").decimalValue()).isEqualByComparingTo("15000");
        assertThat(signedFact.get("toYear").asInt()).isEqualTo(year + 1);
        HttpResponse<String> paid = dmta.json("POST", "/api/grants/" + id + "/payments", """
                {"instalment":1,"amount":4500,"paidOn":"%s"}""".formatted(signed.plusDays(5)));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("IN_PAYMENT");
        assertThat(dmta.json("POST", "/api/grants/" + id + "/payments", """
                {"instalment":2,"amount":7500,"paidOn":"%s"}""".formatted(signed.plusDays(6))).statusCode())
                .isEqualTo(409);
        dmta.json("POST", "/api/grants/" + id + "/reports", "{\"report\":\"ANNUAL_REPORT\",\"receivedOn\":\""
                + signed.plusDays(10) + "\"}");
        dmta.json("POST", "/api/grants/" + id + "/payments", """
                {"instalment":2,"amount":7500,"paidOn":"%s"}""".formatted(signed.plusDays(11)));
        dmta.json("POST", "/api/grants/" + id + "/reports", "{\"report\":\"FINAL_REPORT\",\"receivedOn\":\""
                + signed.plusDays(20) + "\"}");
        HttpResponse<String> last = dmta.json("POST", "/api/grants/" + id + "/payments", """
                {"instalment":3,"amount":3000,"paidOn":"%s"}""".formatted(signed.plusDays(21)));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        assertThat(json.readTree(last.body()).get("settled").asBoolean()).isTrue();
        assertThat(status(id)).isEqualTo("SETTLED");

        List<TopicProbe.Received> payments = topics.awaitKeyed("essor.funding.grants", id, 4).stream()
                .filter(r -> "fr.essor.funding.payment-made.v1".equals(r.header("ce_type"))).toList();
        assertThat(payments).hasSize(3);
        assertThat(payments).allSatisfy(r -> assertThat(CONTRACTS.violations(r.header("ce_type"), r.value()))
                .isEmpty());
        assertThat(json.readTree(payments.getLast().value()).get("remaining").decimalValue()).isZero();

        String csv = new String(dmta.download("/api/opendata/subventions.csv?year=" + year).body(),
                StandardCharsets.UTF_8);
        assertThat(ScdlSubventionsChecker.violations(csv)).isEmpty();
        List<List<String>> rows = ScdlSubventionsChecker.parse(csv);
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(row.get(1)).isEqualTo("22930008200018");
        assertThat(row.get(2)).isEqualTo(signed.toString());
        assertThat(row.get(3)).isEqualTo("CD-" + year + "-06");
        assertThat(row.get(8)).isEqualTo("15000");
        assertThat(row.get(10)).isEqualTo("échelonné");
        assertThat(row.get(11)).isEqualTo(signed.plusDays(5) + "/" + signed.plusDays(21));
        assertThat(row.get(14)).isEqualTo("1");

        HttpResponse<byte[]> xlsx = dmta.download("/api/laureates.xlsx?year=" + year);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet laureates = workbook.getSheet("Lauréats");
            Row laureate = laureates.getRow(1);
            assertThat(laureates.getRow(0).getCell(1).getStringCellValue()).isEqualTo("EPT");
            assertThat(laureate.getCell(1).getStringCellValue()).as("the EPT's name beside its code").isNotBlank()
                    .isNotEqualTo(laureate.getCell(0).getStringCellValue());
            assertThat(laureate.getCell(5).getStringCellValue()).isEqualTo(id);
            Cell voted = laureate.getCell(4);
            assertThat(voted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(voted)).isTrue();
            assertThat(voted.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(laureate.getCell(10).getNumericCellValue()).isEqualTo(15000);
            assertThat(laureate.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
            assertThat(laureates.getPaneInformation().isFreezePane()).isTrue();
        }
        String laureatesCsv = new String(dmta.download("/api/laureates.csv?year=" + year).body(),
                StandardCharsets.UTF_8);
        assertThat(laureatesCsv).startsWith("\uFEFFCode EPT;EPT;Séance;Délibération;Date du vote;")
                .contains(id + ";").contains(";15000,00;");
        assertThat(laureatesCsv.lines().skip(1).findFirst().orElseThrow().split(";")[4])
                .as("the vote's date, jj/mm/aaaa").matches("\\d{2}/\\d{2}/\\d{4}");
    }

    String status(String id) {
        return json.readTree(as("dmta").get("/api/applications/" + id).body()).get("status").asString();
    }
}
