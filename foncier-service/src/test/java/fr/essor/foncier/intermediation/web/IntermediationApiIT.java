package fr.essor.foncier.intermediation.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The workflow from a match to a signed lease on the real broker and store. */
@EssorIntegrationTest
class IntermediationApiIT {

    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api cell;

    @BeforeEach
    void signIn() {
        cell = Api.at(port).as("sens");
    }

    @Test
    void aMatchGoesThroughContactVisitsAndNegotiationToASignedLeaseThatSatisfiesTheNeedAndLetsTheOffer() {
        String siret = registerOrganisation();
        String needId = id(cell.postJson("/api/premises/needs", need(siret)));
        String offerId = id(cell.postJson("/api/premises/offers", offer(160)));

        HttpResponse<String> proposed = cell.postJson("/api/intermediations", """
                {"needId": "%s", "offerId": "%s", "partners": ["SURFACE_UTILE", "FOL93"], "note": "Très adapté"}"""
                .formatted(needId, offerId));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String id = json.readTree(proposed.body()).get("id").asString();
        assertThat(id).matches("MER-\\d{4}-\\d{4}");

        step(id, "contact", "{\"note\": \"Appel de la structure\"}");
        String yesterday = LocalDate.now(FrenchFormat.PARIS).minusDays(1).toString();
        step(id, "visits", """
                {"date": "%s", "participants": ["ORGANISATION", "OWNER", "PARTNER"], "feedback": "Bonne lumière"}"""
                .formatted(yesterday));
        step(id, "negotiation", "{\"note\": \"Loyer progressif\"}");
        String end = LocalDate.now(FrenchFormat.PARIS).plusMonths(3).toString();
        JsonNode signed = json.readTree(step(id, "lease", """
                {"startDate": "%s", "endDate": "%s", "surface": 160, "annualRent": 12800.50}"""
                .formatted(LocalDate.now(FrenchFormat.PARIS).minusYears(3), end)).body());

        assertThat(signed.get("stage").asString()).isEqualTo("LEASE_SIGNED");
        assertThat(signed.get("history")).hasSize(5);
        signed.get("history").forEach(s -> assertThat(s.get("by").asString()).isEqualTo("sens"));
        String leaseId = signed.get("lease").get("id").asString();

        TopicProbe.Received lease = awaitRecord("essor.foncier.leases", leaseId);
        assertThat(lease.header("ce_type")).isEqualTo("fr.essor.foncier.lease-signed.v1");
        assertThat(lease.header("ce_subject")).isEqualTo(leaseId);
        assertThat(CONTRACTS.violations(lease.header("ce_type"), lease.value())).isEmpty();
        JsonNode payload = json.readTree(lease.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(lease.header("ce_id"));
        assertThat(payload.get("organisationId").asString()).isEqualTo(siret);
        assertThat(payload.get("annualRent").decimalValue()).isEqualByComparingTo("12800.50");
        assertThat(payload.get("territoryCode").asString()).isEqualTo("T8");

        TopicProbe.Received match = awaitRecord("essor.foncier.matches", id);
        assertThat(CONTRACTS.violations(match.header("ce_type"), match.value())).isEmpty();
        assertThat(match.value()).doesNotContain("Seine-Saint-Denis Habitat");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(json.readTree(cell.get("/api/premises/needs/" + needId).body()).get("status").asString())
                    .isEqualTo("SATISFIED");
            assertThat(json.readTree(cell.get("/api/premises/offers/" + offerId).body()).get("status").asString())
                    .isEqualTo("LET");
        });
        assertThat(cell.get("/api/intermediations/renewals").body()).contains(leaseId);
    }

    @Test
    void stepsOutOfTurnAreConflictsBadFieldsAreListedAndAnExcludedMatchIsNeverProposed() {
        String siret = registerOrganisation();
        String needId = id(cell.postJson("/api/premises/needs", need(siret)));
        String offerId = id(cell.postJson("/api/premises/offers", offer(160)));
        String tooBig = id(cell.postJson("/api/premises/offers", offer(400)));

        HttpResponse<String> excluded = cell.postJson("/api/intermediations",
                "{\"needId\": \"%s\", \"offerId\": \"%s\"}".formatted(needId, tooBig));
        assertThat(excluded.statusCode()).isEqualTo(409);
        assertThat(excluded.body()).contains("hors de la fourchette");

        String id = id(cell.postJson("/api/intermediations",
                "{\"needId\": \"%s\", \"offerId\": \"%s\"}".formatted(needId, offerId)));
        HttpResponse<String> early = cell.postJson("/api/intermediations/" + id + "/lease",
                "{\"startDate\": \"2026-09-01\", \"surface\": 100, \"annualRent\": 1000}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Mise en relation proposée");

        step(id, "contact", "{}");
        HttpResponse<String> badVisit = cell.postJson("/api/intermediations/" + id + "/visits",
                "{\"date\": \"hier\", \"participants\": [\"Jean Dupont\"]}");
        assertThat(badVisit.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(badVisit.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("date.format", "participants.unknown");

        HttpResponse<String> twice = cell.postJson("/api/intermediations",
                "{\"needId\": \"%s\", \"offerId\": \"%s\"}".formatted(needId, offerId));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("déjà proposée pour ce besoin");

        HttpResponse<String> closed = cell.postJson("/api/intermediations/" + id + "/closure",
                "{\"reason\": \"RENT_TOO_HIGH\", \"note\": \"Budget dépassé\"}");
        assertThat(json.readTree(closed.body()).get("stage").asString()).isEqualTo("CLOSED");
        assertThat(Api.at(port).as("pole").postJson("/api/intermediations/" + id + "/contact", "{}")
                .statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("ept-est-ensemble").get("/api/intermediations/" + id)
                .statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> step(String id, String step, String body) {
        HttpResponse<String> response = cell.postJson("/api/intermediations/" + id + "/" + step, body);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String registerOrganisation() {
        String siret = Sirets.next();
        HttpResponse<String> response = cell.postJson("/api/organisations", """
                {"siret": "%s", "name": "Atelier Solidaire", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93048"}""".formatted(siret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return siret;
    }

    static String need(String organisationId) {
        return """
                {"organisationId": "%s", "usages": ["WORKSHOP"], "surfaceMin": 120, "surfaceMax": 250,
                 "communeInsees": ["93048"], "territoryCodes": [], "maxRentPerSquareMetre": 90.00,
                 "neededFrom": "2026-09-01", "tenure": "EITHER", "durationMonths": 24,
                 "accessibilityRequired": false, "erpRequired": false}""".formatted(organisationId);
    }

    static String offer(int surface) {
        return """
                {"ownerType": "SOCIAL_LANDLORD", "ownerName": "Seine-Saint-Denis Habitat",
                 "address": "12 rue de la Révolution", "communeInsee": "93048", "surface": %d,
                 "allowedUsages": ["WORKSHOP", "STORAGE"], "rentPerSquareMetre": 80, "availableFrom": "2026-07-01",
                 "tenure": "LONG_TERM", "erpCategory": 5, "accessible": true}""".formatted(surface);
    }

    private TopicProbe.Received awaitRecord(String topic, String key) {
        return TopicProbe.ofTestInfrastructure().awaitKeyed(topic, key, 1).getFirst();
    }
}
