package fr.essor.procurement.sourcing;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matchmaking on the real broker and store: a published need lists and announces the directory suppliers of its
 * division and territory ({@code sourcing-need-published.v1} valid against its contract), interest and outcome,
 * meetings, refusals and pages.
 */
@EssorIntegrationTest
class SourcingIT {

    static final EventContracts CONTRACTS = EventContracts.load();
    static final LocalDate ANSWER_BY = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
    // division 92 (recreational, cultural and sports services) is used by no other test
    static final String DIVISION = "92";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api buyer;
    private Api facilitator;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
        facilitator = Api.at(port).as("facilitateur");
    }

    /** Registers an SIAE and describes it as a supplier of division 92 on one territory. */
    String supplierOn(String name, String territory) {
        String siret = organisation(buyer, name, "ASSOCIATION", "ACI", true);
        HttpResponse<String> described = buyer.putJson("/api/suppliers/" + siret, """
                {"sectors":["%s"],"territories":["%s"],"workforce":8,"maxContractAmount":60000}"""
                .formatted(DIVISION, territory));
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        return siret;
    }

    String need(String territory) {
        HttpResponse<String> published = buyer.postJson("/api/sourcing-needs", """
                {"buyerDirectorate":"DJVA","object":"Animations sportives des centres de vacances","cpvDivision":"%s",
                 "territoryCode":%s,"minAmount":20000,"maxAmount":50000,"answerBy":"%s"}"""
                .formatted(DIVISION, territory == null ? "null" : "\"" + territory + "\"", ANSWER_BY));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).isPresent();
        return json.readTree(published.body()).get("id").asString();
    }

    JsonNode read(String id) {
        HttpResponse<String> response = buyer.get("/api/sourcing-needs/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aPublishedNeedListsAndAnnouncesTheSuppliersOfItsDivisionAndTerritoryAsItsContractSays() {
        String onT7 = supplierOn("Sport dans la ville Aulnay", "T7");
        String onT9 = supplierOn("Ufolep insertion Montfermeil", "T9");

        String id = need("T7");

        JsonNode need = read(id);
        assertThat(need.get("status").asString()).isEqualTo("OPEN");
        assertThat(need.get("createdBy").asString()).isEqualTo("achats");
        assertThat(sirets(need.get("matches"))).contains(onT7).doesNotContain(onT9);
        assertThat(sirets(need.get("matchedSupplierIds"))).contains(onT7).doesNotContain(onT9);
        JsonNode match = null;
        for (JsonNode m : need.get("matches")) {
            if (m.get("siret").asString().equals(onT7)) {
                match = m;
            }
        }
        assertThat(match.get("notified").asBoolean()).isTrue();
        assertThat(match.get("hasCapacity").asBoolean()).as("60 000 € declared for 50 000 € at most").isTrue();

        TopicProbe.Received record = await("the need on its topic").atMost(Duration.ofSeconds(20))
                .until(() -> TopicProbe.ofTestInfrastructure().readAll("essor.procurement.sourcing").stream()
                        .filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.procurement.sourcing-need-published.v1");
        assertThat(record.header("ce_source")).isEqualTo("/essor/procurement");
        assertThat(record.header("ce_subject")).isEqualTo(id);
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(record.header("ce_id"));
        assertThat(sirets(payload.get("matchedSupplierIds"))).contains(onT7).doesNotContain(onT9);
        assertThat(payload.get("cpvDivision").asString()).isEqualTo(DIVISION);
        assertThat(payload.get("territoryCode").asString()).isEqualTo("T7");
        assertThat(payload.get("maxAmount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(payload.get("answerBy").asString()).isEqualTo(ANSWER_BY.toString());
        assertThat(payload.get("recordedBy").asString()).isEqualTo("achats");

        // over the whole département, both are matched
        assertThat(sirets(read(need(null)).get("matchedSupplierIds"))).contains(onT7, onT9);
    }

    @Test
    void anAgentRecordsASuppliersInterestThenTheBuyerLinksTheContractAwarded() {
        String supplier = supplierOn("Boxe éducative Sevran", "T7");
        String id = need("T7");

        HttpResponse<String> interested = facilitator.postJson("/api/sourcing-needs/" + id + "/interests", """
                {"siret":"%s","note":"Peut intervenir le mercredi"}""".formatted(supplier));
        assertThat(interested.statusCode()).as(interested.body()).isEqualTo(201);
        JsonNode interest = json.readTree(interested.body()).get("interests").get(0);
        assertThat(interest.get("supplierName").asString()).isEqualTo("Boxe éducative Sevran");
        assertThat(interest.get("recordedBy").asString()).isEqualTo("facilitateur");
        assertThat(facilitator.postJson("/api/sourcing-needs/" + id + "/interests", """
                {"siret":"%s"}""".formatted(supplier)).body()).contains("interest.duplicate");
        HttpResponse<String> stranger = facilitator.postJson("/api/sourcing-needs/" + id + "/interests", """
                {"siret":"73282932000074"}""");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("supplier.unknown", "n'est pas un fournisseur de l'annuaire");

        assertThat(facilitator.putJson("/api/sourcing-needs/" + id + "/outcome", """
                {"awarded":false,"reason":"Budget"}""").statusCode()).isEqualTo(403);
        HttpResponse<String> unknownContract = buyer.putJson("/api/sourcing-needs/" + id + "/outcome", """
                {"awarded":true,"contractId":"NOPE-L1"}""");
        assertThat(unknownContract.statusCode()).isEqualTo(400);
        assertThat(unknownContract.body()).contains("contractId.unknown");

        String ref = reference();
        assertThat(buyer.postJson("/api/contracts", contract(ref, "L2113-13", "92610000-0", "[\"RESERVED_CONTRACT\"]",
                0)).statusCode()).isEqualTo(201);
        HttpResponse<String> closed = buyer.putJson("/api/sourcing-needs/" + id + "/outcome", """
                {"awarded":true,"contractId":"%s-L1"}""".formatted(ref));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode need = json.readTree(closed.body());
        assertThat(need.get("status").asString()).isEqualTo("AWARDED");
        assertThat(need.get("outcome").get("contractId").asString()).isEqualTo(ref + "-L1");
        assertThat(need.get("outcome").get("recordedBy").asString()).isEqualTo("achats");

        HttpResponse<String> again = facilitator.postJson("/api/sourcing-needs/" + id + "/interests", """
                {"siret":"%s"}""".formatted(supplier));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("est clos");
        assertThat(sirets(json.readTree(buyer.get("/api/sourcing-needs?status=AWARDED").body()), "id")).contains(id);
    }

    @Test
    void aWrongNeedIsRefusedFieldByFieldAndOnlyBuyersPublish() {
        HttpResponse<String> wrong = buyer.postJson("/api/sourcing-needs", """
                {"buyerDirectorate":"DJVA","object":"","cpvDivision":"11","territoryCode":"T2","minAmount":9,
                 "maxAmount":5,"answerBy":"2020-01-01"}""");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.body()).contains("object.required", "cpvDivision.unknown", "territoryCode.unknown",
                "maxAmount.belowMin", "answerBy.past");

        assertThat(facilitator.postJson("/api/sourcing-needs", """
                {"buyerDirectorate":"DJVA","object":"Animations","cpvDivision":"92","minAmount":1,"maxAmount":5,
                 "answerBy":"%s"}""".formatted(ANSWER_BY)).statusCode()).isEqualTo(403);
        assertThat(buyer.get("/api/sourcing-needs/BS-NOPE").statusCode()).isEqualTo(404);
        assertThat(buyer.get("/api/sourcing-needs?status=LOST").statusCode()).isEqualTo(400);
    }

    @Test
    void aMeetingGathersRegisteredOrganisationsAndTheNeedsDiscussed() {
        String supplier = supplierOn("Escrime pour tous Clichy", "T7");
        String needId = need("T7");

        HttpResponse<String> created = facilitator.postJson("/api/sourcing-meetings", """
                {"kind":"FABRIQUE_DES_JEUX","title":"Fabrique des Jeux — sport","heldOn":"2027-03-12",
                 "place":"Bobigny"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();

        assertThat(facilitator.postJson("/api/sourcing-meetings/" + id + "/participants", """
                {"organisationId":"%s"}""".formatted(supplier)).statusCode()).isEqualTo(201);
        HttpResponse<String> unknown = facilitator.postJson("/api/sourcing-meetings/" + id + "/participants", """
                {"organisationId":"W000000000"}""");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("organisation.unknown");
        assertThat(facilitator.postJson("/api/sourcing-meetings/" + id + "/needs", """
                {"needId":"%s"}""".formatted(needId)).statusCode()).isEqualTo(201);
        assertThat(facilitator.postJson("/api/sourcing-meetings/" + id + "/needs", """
                {"needId":"%s"}""".formatted(needId)).body()).contains("need.duplicate");

        JsonNode meeting = json.readTree(buyer.get("/api/sourcing-meetings/" + id).body());
        assertThat(meeting.get("kindLabel").asString()).isEqualTo("Fabrique des Jeux");
        assertThat(meeting.get("participants").get(0).get("name").asString()).isEqualTo("Escrime pour tous Clichy");
        assertThat(meeting.get("participants").get(0).get("addedBy").asString()).isEqualTo("facilitateur");
        assertThat(meeting.get("needs").get(0).get("needId").asString()).isEqualTo(needId);
        assertThat(Api.at(port).as("dter").get("/api/sourcing-meetings").statusCode()).isEqualTo(200);
        assertThat(Api.at(port).as("ops").postJson("/api/sourcing-meetings", """
                {"kind":"OTHER","title":"x","heldOn":"2027-03-12"}""").statusCode()).isEqualTo(403);
    }

    @Test
    void aBuyerPublishesFromThePageSeesErrorsNextToTheFieldsThenTheMatchingSupplier() {
        String supplier = supplierOn("Judo club solidaire Tremblay", "T7");
        SignedInBrowser browser = SignedInBrowser.withToken(port, "achats");

        HttpResponse<String> list = browser.page("/besoins");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Besoins de sourcing", "Publier le besoin", "92 — Services récréatifs");

        HttpResponse<String> refused = browser.submit("/besoins", "/besoins", needFields("beaucoup", "31/02/2027"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"maxAmount-erreur\"",
                "aria-describedby=\"answerBy-aide answerBy-erreur\"", "value=\"beaucoup\"", "value=\"31/02/2027\"",
                "value=\"Stages de judo\"");

        String answerBy = ANSWER_BY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<String> published = browser.submit("/besoins", "/besoins", needFields("45 000,50", answerBy));
        assertThat(published.statusCode()).isEqualTo(302);
        String location = published.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/besoins/BS-");
        HttpResponse<String> page = browser.follow(published);
        assertThat(page.body()).contains("Besoin publié", "fournisseur", "Stages de judo", answerBy,
                "de 9\u202f000,00 € à 45\u202f000,50 € HT", "T7 — ", "Judo club solidaire Tremblay",
                "/fournisseurs/" + supplier, "Noter l'intérêt d'un fournisseur", "Enregistrer l'issue");

        String needPage = URI.create(location).getPath();
        String needId = needPage.substring(needPage.lastIndexOf('/') + 1);
        HttpResponse<String> withError = browser.follow(browser.submit(needPage, needPage + "/issue",
                Map.of("awarded", "false", "reason", "")));
        assertThat(withError.body()).contains("aria-describedby=\"reason-erreur\"",
                "Indiquez pourquoi aucun marché n&#39;a été attribué.");

        HttpResponse<String> withInterest = browser.follow(browser.submit(needPage, needPage + "/interets",
                Map.of("siret", supplier, "note", "Deux éducateurs disponibles")));
        assertThat(withInterest.body()).contains("Intérêt de Judo club solidaire Tremblay enregistré.",
                "Deux éducateurs disponibles");

        HttpResponse<String> meeting = browser.submit("/rencontres", "/rencontres", Map.of("kind", "ASSISES_ACHATS",
                "title", "Assises 2027", "heldOn", "30/02/2027"));
        assertThat(meeting.statusCode()).isEqualTo(400);
        assertThat(meeting.body()).contains("aria-describedby=\"heldOn-aide heldOn-erreur\"");
        HttpResponse<String> organised = browser.submit("/rencontres", "/rencontres", Map.of("kind", "ASSISES_ACHATS",
                "title", "Assises 2027", "heldOn", "02/06/2027", "place", "Bobigny"));
        String meetingPage = URI.create(organised.headers().firstValue("Location").orElseThrow()).getPath();
        browser.submit(meetingPage, meetingPage + "/besoins", Map.of("needId", needId));
        // a participant named as people type it: a part of the name, accents and case aside
        HttpResponse<String> participant = browser.follow(browser.submit(meetingPage, meetingPage + "/participants",
                Map.of("organisationId", "JUDO club solidaire")));
        assertThat(participant.body()).contains("Structure ajoutée aux participants.");
        assertThat(browser.page(meetingPage).body()).contains("Assises 2027",
                "Assises des achats socialement responsables", "02/06/2027", needId + " — Stages de judo",
                "Judo club solidaire Tremblay");
        assertThat(browser.page(needPage).body()).contains("Assises 2027");
    }

    private static Map<String, String> needFields(String maxAmount, String answerBy) {
        return Map.of("buyerDirectorate", "DJVA", "object", "Stages de judo", "cpvDivision", DIVISION,
                "territoryCode", "T7", "minAmount", "9 000", "maxAmount", maxAmount, "answerBy", answerBy);
    }

    private static List<String> sirets(JsonNode array) {
        return sirets(array, "siret");
    }

    private static List<String> sirets(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            values.add(node.isObject() ? node.get(field).asString() : node.asString());
        }
        return values;
    }
}
