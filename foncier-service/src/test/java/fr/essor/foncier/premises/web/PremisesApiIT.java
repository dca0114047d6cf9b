package fr.essor.foncier.premises.web;

import fr.essor.contracts.EventContracts;
import fr.essor.foncier.DocumentExamples;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The premises API on the real broker and store: needs, offers, validation, facts on the topic, matches. */
@EssorIntegrationTest
class PremisesApiIT {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final String TOPIC = "essor.foncier.premises";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api cell;

    @BeforeEach
    void signIn() {
        cell = Api.at(port).as("sens");
    }

    @Test
    void aNeedOfARegisteredOrganisationIsPublishedOnThePremisesTopicAsItsContractSays() {
        String siret = registerOrganisation();

        HttpResponse<String> created = cell.postJson("/api/premises/needs", need(siret, 120, 250, "93048"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode need = json.readTree(created.body());
        String needId = need.get("id").asString();
        assertThat(needId).matches("BESOIN-\\d{4}-\\d{4}");
        assertThat(need.get("status").asString()).isEqualTo("OPEN");
        assertThat(need.get("registeredBy").asString()).isEqualTo("sens");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(needId));

        TopicProbe.Received record = awaitRecord(needId);
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.foncier.premises-need-registered.v1");
        assertThat(record.header("ce_source")).isEqualTo("/essor/foncier");
        assertThat(record.header("ce_subject")).isEqualTo(needId);
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(record.header("ce_id"));
        assertThat(payload.get("organisationId").asString()).isEqualTo(siret);
        assertThat(payload.get("surfaceMax").asInt()).isEqualTo(250);
    }

    @Test
    void anOfferIsPublishedOnThePremisesTopicWithoutItsOwnersName() {
        HttpResponse<String> created = cell.postJson("/api/premises/offers", offer(180, "93048", "80.00"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String offerId = json.readTree(created.body()).get("id").asString();

        TopicProbe.Received record = awaitRecord(offerId);
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.foncier.premises-offer-published.v1");
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        assertThat(record.value()).doesNotContain("Seine-Saint-Denis Habitat");
    }

    @Test
    void aNeedForAnUnknownOrganisationWithBadFieldsIsRefusedWithEveryFieldErrorAndNothingIsPublished() {
        int before = TopicProbe.ofTestInfrastructure().readAll(TOPIC).size();

        HttpResponse<String> refused = cell.postJson("/api/premises/needs", """
                {"organisationId": "W939999999", "usages": ["GARAGE"], "surfaceMin": 300, "surfaceMax": 100,
                 "neededFrom": "demain", "tenure": "EITHER"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> codes = new ArrayList<>();
        json.readTree(refused.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("organisationId.unknown", "usages.unknown", "surfaceMax.belowMin",
                "neededFrom.format");
        assertThat(TopicProbe.ofTestInfrastructure().readAll(TOPIC)).hasSize(before);
    }

    @Test
    void onlyTheCellMayRegisterAndAnEptAccountSeesOnlyOffersOfItsTerritory() {
        HttpResponse<String> refused = Api.at(port).as("ept-est-ensemble")
                .postJson("/api/premises/offers", offer(90, "93048", "50"));
        assertThat(refused.statusCode()).isEqualTo(403);

        String inPlaineCommune = json.readTree(cell.postJson("/api/premises/offers", offer(90, "93066", "50")).body())
                .get("id").asString();
        String inEstEnsemble = json.readTree(cell.postJson("/api/premises/offers", offer(90, "93010", "50")).body())
                .get("id").asString();

        JsonNode seen = json.readTree(Api.at(port).as("ept-est-ensemble")
                .get("/api/premises/offers?territory=T6&limit=1000").body());
        List<String> ids = new ArrayList<>();
        seen.forEach(o -> ids.add(o.get("id").asString()));
        assertThat(ids).contains(inEstEnsemble).doesNotContain(inPlaineCommune);
        seen.forEach(o -> assertThat(o.get("territoryCode").asString()).isEqualTo("T8"));
    }

    @Test
    void matchesComeBothWaysBestFirstAndNeverOutsideTheSurfaceRange() {
        String siret = registerOrganisation();
        String needId = json.readTree(cell.postJson("/api/premises/needs", need(siret, 400, 450, "93053")).body())
                .get("id").asString();
        String inTown = json.readTree(cell.postJson("/api/premises/offers", offer(420, "93053", "60")).body())
                .get("id").asString();
        String nextDoor = json.readTree(cell.postJson("/api/premises/offers", offer(430, "93029", "60")).body())
                .get("id").asString();
        String tooBig = json.readTree(cell.postJson("/api/premises/offers", offer(451, "93053", "60")).body())
                .get("id").asString();

        JsonNode matches = json.readTree(cell.get("/api/premises/needs/" + needId + "/matches").body());
        List<String> offerIds = new ArrayList<>();
        matches.forEach(m -> offerIds.add(m.get("offerId").asString()));
        assertThat(offerIds).containsSubsequence(inTown, nextDoor).doesNotContain(tooBig);
        assertThat(matches.get(0).get("reasons").toString()).contains("Dans une commune demandée : Noisy-le-Sec.");

        JsonNode back = json.readTree(cell.get("/api/premises/offers/" + inTown + "/matches").body());
        List<String> needIds = new ArrayList<>();
        back.forEach(m -> needIds.add(m.get("needId").asString()));
        assertThat(needIds).contains(needId);
        assertThat(json.readTree(cell.get("/api/premises/offers/" + tooBig + "/matches").body()).toString())
                .doesNotContain(needId);
    }

    @Test
    void aChangedNeedIsMatchedAgainAtOnceAndAClosedNeedNoLonger() {
        String siret = registerOrganisation();
        String needId = json.readTree(cell.postJson("/api/premises/needs", need(siret, 700, 720, "93063")).body())
                .get("id").asString();
        String offerId = json.readTree(cell.postJson("/api/premises/offers", offer(800, "93063", "60")).body())
                .get("id").asString();
        assertThat(cell.get("/api/premises/needs/" + needId + "/matches").body()).doesNotContain(offerId);

        HttpResponse<String> widened = cell.putJson("/api/premises/needs/" + needId, need(siret, 700, 820, "93063"));
        assertThat(widened.statusCode()).as(widened.body()).isEqualTo(200);
        assertThat(json.readTree(widened.body()).get("version").asInt()).isEqualTo(2);
        assertThat(cell.get("/api/premises/needs/" + needId + "/matches").body()).contains(offerId);

        String satisfied = need(siret, 700, 820, "93063").replace("\"tenure\"", "\"status\": \"SATISFIED\", \"tenure\"");
        assertThat(cell.putJson("/api/premises/needs/" + needId, satisfied).statusCode()).isEqualTo(200);
        assertThat(cell.get("/api/premises/offers/" + offerId + "/matches").body()).doesNotContain(needId);
    }

    /** What the OpenAPI document shows as whole request bodies (openapi/examples) is accepted as it is. */
    @Test
    void theDocumentsExamplesOfAnOrganisationAnOfferAndItsNeedAreAcceptedAsTheyAre() {
        String organisation = DocumentExamples.of("registerOrganisation");

        HttpResponse<String> registered = cell.postJson("/api/organisations", organisation);
        HttpResponse<String> offer = cell.postJson("/api/premises/offers", DocumentExamples.of("publishOffer"));
        HttpResponse<String> need = cell.postJson("/api/premises/needs", DocumentExamples.of("registerNeed"));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
        assertThat(json.readTree(offer.body()).get("id").asString()).matches("OFFRE-\\d{4}-\\d{4}");
        assertThat(need.statusCode()).as(need.body()).isEqualTo(201);
        assertThat(json.readTree(need.body()).get("organisationId").asString())
                .isEqualTo(json.readTree(organisation).get("rna").asString());
    }

    @Test
    void anUnknownNeedIsA404Problem() {
        HttpResponse<String> missing = cell.get("/api/premises/needs/BESOIN-1999-0001/matches");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("detail").asString()).contains("BESOIN-1999-0001");
    }

    private String registerOrganisation() {
        String siret = Sirets.next();
        HttpResponse<String> response = cell.postJson("/api/organisations", """
                {"siret": "%s", "name": "Atelier Solidaire", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93048"}""".formatted(siret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return siret;
    }

    static String need(String organisationId, int min, int max, String communeInsee) {
        return """
                {"organisationId": "%s", "usages": ["WORKSHOP"], "surfaceMin": %d, "surfaceMax": %d,
                 "communeInsees": ["%s"], "territoryCodes": [], "maxRentPerSquareMetre": 90.00,
                 "neededFrom": "2026-09-01", "tenure": "EITHER", "durationMonths": 24,
                 "accessibilityRequired": true, "erpRequired": false}""".formatted(organisationId, min, max,
                communeInsee);
    }

    static String offer(int surface, String communeInsee, String rent) {
        return """
                {"ownerType": "SOCIAL_LANDLORD", "ownerName": "Seine-Saint-Denis Habitat",
                 "address": "12 rue de la Révolution", "communeInsee": "%s", "surface": %d,
                 "allowedUsages": ["WORKSHOP", "STORAGE"], "rentPerSquareMetre": %s, "availableFrom": "2026-07-01",
                 "tenure": "LONG_TERM", "erpCategory": 5, "accessible": true}""".formatted(communeInsee, surface, rent);
    }

    private TopicProbe.Received awaitRecord(String key) {
        return TopicProbe.ofTestInfrastructure().awaitKeyed(TOPIC, key, 1).getFirst();
    }
}
