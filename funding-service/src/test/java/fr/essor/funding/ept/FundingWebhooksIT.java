package fr.essor.funding.ept;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.StandardWebhooksVerifier;
import fr.essor.kit.testing.TopicProbe;
import fr.essor.kit.testing.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Funding's facts reach the webhooks of the EPTs they concern, signed, with their public fields only. */
@EssorIntegrationTest
class FundingWebhooksIT {

    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void anApplicationReachesEveryTerritoryItConcernsAndTheLaureateListOnlyItsOwn() throws Exception {
        String secretT6 = subscribe("ept-plaine-commune", "T6", "/t6");
        subscribe("ept-est-ensemble", "T8", "/t8");
        subscribe("ept-terres-envol", "T7", "/t7");

        // a project in Saint-Denis (T6) and Montreuil (T8)
        ObjectNode application = (ObjectNode) json.readTree(CONTRACTS.example("application-submitted.v1"));
        String applicationId = "AAA-2026-W" + UUID.randomUUID().toString().substring(0, 6);
        application.put("applicationId", applicationId);
        application.putArray("communesInsee").add("93066").add("93048");
        application.putArray("territoryCodes").add("T6").add("T8");
        String applicationEvent = send("essor.funding.applications", "application-submitted.v1", applicationId,
                application);
        // the T6 laureate list of a session
        ObjectNode laureates = (ObjectNode) json.readTree(CONTRACTS.example("laureates-published.v1"));
        String sessionId = "SEANCE-W" + UUID.randomUUID().toString().substring(0, 6);
        laureates.put("sessionId", sessionId);
        String laureatesEvent = send("essor.funding.laureates", "laureates-published.v1", sessionId, laureates);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.on("/t6").size() == 2
                && receiver.on("/t8").size() == 1);
        for (WebhookReceiver.Received delivery : receiver.on("/t6")) {
            assertThat(StandardWebhooksVerifier.check(secretT6, delivery.header("webhook-id"),
                    delivery.header("webhook-timestamp"), delivery.header("webhook-signature"), delivery.body(),
                    Instant.now())).isNull();
            assertThat(delivery.text()).doesNotContain("recordedBy", "possibleDuplicateOf");
        }
        assertThat(receiver.on("/t6")).extracting(r -> r.header("webhook-id"))
                .containsExactlyInAnyOrder(applicationEvent, laureatesEvent);
        assertThat(receiver.on("/t8")).extracting(r -> r.header("webhook-id")).containsExactly(applicationEvent);
        JsonNode delivered = json.readTree(receiver.on("/t8").getFirst().text());
        assertThat(delivered.get("essorterritory").asString()).isEqualTo("T8");
        assertThat(delivered.get("data").get("applicationId").asString()).isEqualTo(applicationId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.on("/t7").isEmpty());
    }

    private String subscribe(String account, String territory, String path) throws Exception {
        HttpResponse<String> response = Api.at(port).as(account).postJson("/api/ept/" + territory
                + "/webhooks/subscriptions", """
                {"url": "%s", "eventTypes": ["fr.essor.funding.application-submitted.v1",
                 "fr.essor.funding.laureates-published.v1"]}""".formatted(receiver.url(path)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("secret").asString();
    }

    /** Publishes a fact as funding's relay would (CloudEvents binary mode); answers its id. */
    private String send(String topic, String type, String key, ObjectNode payload) {
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        payload.put("eventId", id);
        payload.put("occurredAt", now);
        assertThat(CONTRACTS.violations("fr.essor.funding." + type, json.writeValueAsString(payload))).isEmpty();
        TopicProbe.ofTestInfrastructure().send(topic, key, json.writeValueAsString(payload)
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", id, "ce_type", "fr.essor.funding." + type,
                "ce_source", "/essor/funding", "ce_subject", key, "ce_time", now, "ce_specversion", "1.0",
                "content-type", "application/json"));
        return id;
    }
}
