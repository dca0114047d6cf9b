package fr.essor.funding.cpo;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CPO through the API on the real broker: bad terms refused with nothing stored, the agreement printed, its
 * signature and payments published as grant-agreement-signed.v1 and payment-made.v1 that honour their contracts.
 */
@EssorIntegrationTest
class CpoApiIT {

    static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    final TopicProbe topics = TopicProbe.ofTestInfrastructure();

    @Test
    void aCpoIsDrawnUpSignedAndPaidAndItsSignatureAndPaymentsHonourTheirContracts() throws Exception {
        SignedInBrowser dieess = SignedInBrowser.withToken(port, "sens");
        String siret = Sirets.next();
        assertThat(dieess.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Recyclerie %s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93048"}""".formatted(siret, siret)).statusCode()).isEqualTo(201);
        int year = LocalDate.now(FrenchFormat.PARIS).getYear();
        String body = """
                {"organisation":"%s","leadDirectorate":"DIEESS","title":"Réemploi et insertion",\
                "objectives":[{"label":"Créer des emplois d'insertion","indicator":"Salariés en insertion","target":"12"}],\
                "years":[{"year":%d,"operating":50000,"investment":10000},{"year":%d,"operating":60000,"investment":0}],\
                "decisionReference":"CD-%d-21","decidedOn":"%s"}""";
        int before = json.readTree(dieess.get("/api/cpos").body()).size();
        HttpResponse<String> bad = dieess.json("POST", "/api/cpos", body.formatted(siret, year, year + 2, year,
                LocalDate.now(FrenchFormat.PARIS).minusDays(30)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("years.consecutive");
        assertThat(json.readTree(dieess.get("/api/cpos").body()).size()).isEqualTo(before);

        HttpResponse<String> created = dieess.json("POST", "/api/cpos", body.formatted(siret, year, year + 1, year,
                LocalDate.now(FrenchFormat.PARIS).minusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode cpo = json.readTree(created.body());
        String id = cpo.get("id").asString();
        assertThat(cpo.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(cpo.get("schedule").findValuesAsString("kind")).containsExactly("ADVANCE", "BALANCE", "ADVANCE",
                "BALANCE");

        HttpResponse<byte[]> pdf = dieess.download("/api/cpos/" + id + "/agreement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfDocuments.keepForReview("convention-cpo", pdf.body());
        PdfUaValidation.assertCompliant(pdf.body());
        PdfDocuments.assertKitLayout(pdf.body(), "Convention pluriannuelle d'objectifs");
        String text = PdfDocuments.text(pdf.body());
        assertThat(text).contains("Convention pluriannuelle",
                "Créer des emplois d'insertion", "120 000,00 €", "30 000,00 €", "CD-" + year + "-21",
                "Article 4 — Échéancier des versements", "Référence : " + id, "Stéphane Troussel",
                "Président du Conseil départemental", "Pour le bénéficiaire", "Signature");
        PdfDocuments.assertNoCodeNorLogin(text, "dieess", "sens");

        assertThat(SignedInBrowser.withToken(port, "djva").json("POST", "/api/cpos/" + id + "/signature",
                "{\"signedOn\":\"" + LocalDate.now(FrenchFormat.PARIS).minusDays(20) + "\"}").statusCode()).isEqualTo(403);
        assertThat(dieess.json("POST", "/api/cpos/" + id + "/signature",
                "{\"signedOn\":\"" + LocalDate.now(FrenchFormat.PARIS).minusDays(20) + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> early = dieess.json("POST", "/api/cpos/" + id + "/payments",
                "{\"instalment\":3,\"amount\":30000,\"paidOn\":\"" + LocalDate.now(FrenchFormat.PARIS).minusDays(10) + "\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        HttpResponse<String> paid = dieess.json("POST", "/api/cpos/" + id + "/payments",
                "{\"instalment\":1,\"amount\":30000,\"paidOn\":\"" + LocalDate.now(FrenchFormat.PARIS).minusDays(10) + "\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

        List<TopicProbe.Received> facts = topics.awaitKeyed("essor.funding.grants", id, 2);
        assertThat(facts).extracting(r -> r.header("ce_type")).containsExactly(
                "fr.essor.funding.grant-agreement-signed.v1", "fr.essor.funding.payment-made.v1");
        assertThat(facts).allSatisfy(r -> assertThat(CONTRACTS.violations(r.header("ce_type"), r.value())).isEmpty());
        JsonNode signed = json.readTree(facts.get(0).value());
        assertThat(signed.get("kind").asString()).isEqualTo("CPO");
        assertThat(signed.get("amount").decimalValue()).isEqualByComparingTo("120000");
        assertThat(signed.get("toYear").asInt()).isEqualTo(year + 1);
        JsonNode payment = json.readTree(facts.get(1).value());
        assertThat(payment.get("programme").asString()).isEqualTo("OTHER");
        assertThat(payment.get("remaining").decimalValue()).isEqualByComparingTo("90000");
    }
}
