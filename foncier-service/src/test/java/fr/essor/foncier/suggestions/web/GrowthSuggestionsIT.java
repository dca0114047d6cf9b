package fr.essor.foncier.suggestions.web;

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
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Funding's awarded grants on the real broker become the cell's growth suggestions, once each, dismissable. */
@EssorIntegrationTest
class GrowthSuggestionsIT {

    private static final String TYPE = "fr.essor.funding.grant-awarded.v1";
    private static final String TOPIC = "essor.funding.applications";
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
    void anInvestmentGrantSuggestsOnceEvenWhenTheFactIsReadAgainAndTheCellDismissesItWithItsName() {
        String application = unique("AAA-2026");
        String siret = Sirets.next();
        ObjectNode grant = grant(g -> {
            g.put("applicationId", application);
            g.put("organisationId", siret);
            g.put("organisationName", "Ressourcerie des Lilas");
            g.put("nature", "INVESTMENT");
        });

        deliver(grant, application);
        JsonNode suggestion = awaitSuggestion(application);
        assertThat(suggestion.get("reason").asString()).isEqualTo("INVESTMENT_GRANT");
        assertThat(suggestion.get("organisationId").asString()).isEqualTo(siret);
        assertThat(suggestion.get("newNeedPath").asString()).isEqualTo("/besoins/nouveau?organisationId=" + siret);

        deliver(grant, application);
        ObjectNode sameGrantNewEvent = grant.deepCopy();
        sameGrantNewEvent.put("eventId", UUID.randomUUID().toString());
        deliver(sameGrantNewEvent, application);
        String marker = unique("AAA-2026");
        deliver(grant(g -> g.put("applicationId", marker)), application);
        awaitSuggestion(marker);
        assertThat(openIds().stream().filter(application::equals)).hasSize(1);

        HttpResponse<String> refused = Api.at(port).as("ept-est-ensemble")
                .post("/api/suggestions/" + application + "/dismissal", "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> dismissed = cell.post("/api/suggestions/" + application + "/dismissal",
                "application/json", "");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(json.readTree(dismissed.body()).get("dismissedBy").asString()).isEqualTo("sens");
        assertThat(json.readTree(dismissed.body()).get("dismissedAt").isNull()).isFalse();
        assertThat(openIds()).doesNotContain(application);
        assertThat(cell.post("/api/suggestions/" + application + "/dismissal", "application/json", "")
                .statusCode()).isEqualTo(409);

        deliver(sameGrantNewEvent, application);
        String after = unique("AAA-2026");
        deliver(grant(g -> g.put("applicationId", after)), application);
        awaitSuggestion(after);
        assertThat(openIds()).doesNotContain(application);
    }

    @Test
    void anOperatingGrantOutsideTheAppelAAgirSuggestsNothing() {
        String operating = unique("AUTRE-2026");
        deliver(grant(g -> {
            g.put("applicationId", operating);
            g.put("programme", "OTHER");
            g.put("nature", "OPERATING");
        }), operating);
        String laureate = unique("AAA-2026");
        deliver(grant(g -> {
            g.put("applicationId", laureate);
            g.put("nature", "OPERATING");
        }), operating);

        assertThat(awaitSuggestion(laureate).get("reason").asString()).isEqualTo("NEW_LAUREATE");
        assertThat(cell.get("/api/suggestions/" + operating).statusCode()).isEqualTo(404);
    }

    @Test
    void thePageListsTheSuggestionWithALinkToANeedPrefilledForTheOrganisation() {
        String application = unique("AAA-2026");
        String siret = Sirets.next();
        deliver(grant(g -> {
            g.put("applicationId", application);
            g.put("organisationId", siret);
            g.put("organisationName", "Atelier des Canaux");
            g.put("nature", "MIXED");
        }), application);
        awaitSuggestion(application);

        String page = cell.page("/suggestions").body();
        assertThat(page).contains("Atelier des Canaux").contains("Cette structure grandit : besoin de locaux ?")
                .contains("/besoins/nouveau?organisationId=" + siret).contains("_csrf");

        String form = cell.page("/besoins/nouveau?organisationId=" + siret).body();
        assertThat(form).contains("value=\"" + siret + "\"");
        assertThat(Api.at(port).as("ept-est-ensemble").page("/suggestions").statusCode())
                .isEqualTo(403);
    }

    private List<String> openIds() {
        List<String> ids = new ArrayList<>();
        json.readTree(cell.get("/api/suggestions").body()).forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    private JsonNode awaitSuggestion(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> cell.get("/api/suggestions/" + id).statusCode() == 200);
        return json.readTree(cell.get("/api/suggestions/" + id).body());
    }

    private ObjectNode grant(Consumer<ObjectNode> change) {
        ObjectNode payload = (ObjectNode) json.readTree(CONTRACTS.example("grant-awarded.v1"));
        payload.put("eventId", UUID.randomUUID().toString());
        payload.put("occurredAt", Instant.now().toString());
        change.accept(payload);
        String body = json.writeValueAsString(payload);
        assertThat(CONTRACTS.violations(TYPE, body)).as("the test fact keeps to the contract").isEmpty();
        return payload;
    }

    /** Sends the fact keyed by {@code key}: facts sent with one key are read in order. */
    private void deliver(ObjectNode payload, String key) {
        TopicProbe.ofTestInfrastructure().send(TOPIC, key,
                json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", payload.get("eventId").asString(), "ce_source", "/essor/funding", "ce_type", TYPE,
                        "ce_subject", key, "ce_time", payload.get("occurredAt").asString(), "ce_specversion", "1.0",
                        "content-type", "application/json"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
