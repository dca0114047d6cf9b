package fr.essor.procurement.ept;

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

/** Procurement's facts reach the webhooks of their territory, signed, with their public fields only. */
@EssorIntegrationTest
class ProcurementWebhooksIT {

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
    void aContractAwardedAndASourcingNeedReachOnlyTheirTerritory() throws Exception {
        String secretT7 = subscribe("ept-terres-envol", "T7", "/t7");
        subscribe("ept-est-ensemble", "T8", "/t8");

        ObjectNode contract = (ObjectNode) json.readTree(CONTRACTS.example("contract-awarded.v1"));
        String contractId = "MAR-W" + UUID.randomUUID().toString().substring(0, 6);
        contract.put("contractId", contractId);
        String contractEvent = send("essor.procurement.contracts", "contract-awarded.v1", contractId, contract);
        ObjectNode need = (ObjectNode) json.readTree(CONTRACTS.example("sourcing-need-published.v1"));
        String needId = "BS-W" + UUID.randomUUID().toString().substring(0, 6);
        need.put("needId", needId);
        String needEvent = send("essor.procurement.sourcing", "sourcing-need-published.v1", needId, need);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.on("/t7").size() == 1
                && receiver.on("/t8").size() == 1);
        WebhookReceiver.Received awarded = receiver.on("/t7").getFirst();
        assertThat(awarded.header("webhook-id")).isEqualTo(contractEvent);
        assertThat(StandardWebhooksVerifier.check(secretT7, awarded.header("webhook-id"),
                awarded.header("webhook-timestamp"), awarded.header("webhook-signature"), awarded.body(),
                Instant.now())).isNull();
        assertThat(json.readTree(awarded.text()).get("data").get("contractId").asString()).isEqualTo(contractId);
        WebhookReceiver.Received sourcing = receiver.on("/t8").getFirst();
        assertThat(sourcing.header("webhook-id")).isEqualTo(needEvent);
        JsonNode data = json.readTree(sourcing.text()).get("data");
        assertThat(data.get("needId").asString()).isEqualTo(needId);
        assertThat(data.has("matchedSupplierIds")).as("the directory's matching stays internal").isFalse();
        assertThat(data.has("recordedBy")).isFalse();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.on("/t7").size() == 1 && receiver.on("/t8").size() == 1);
    }

    private String subscribe(String account, String territory, String path) throws Exception {
        HttpResponse<String> response = Api.at(port).as(account).postJson("/api/ept/" + territory
                + "/webhooks/subscriptions", """
                {"url": "%s", "eventTypes": ["fr.essor.procurement.contract-awarded.v1",
                 "fr.essor.procurement.sourcing-need-published.v1"]}""".formatted(receiver.url(path)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("secret").asString();
    }

    /** Publishes a fact as procurement's relay would (CloudEvents binary mode); answers its id. */
    private String send(String topic, String type, String key, ObjectNode payload) {
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        payload.put("eventId", id);
        payload.put("occurredAt", now);
        assertThat(CONTRACTS.violations("fr.essor.procurement." + type, json.writeValueAsString(payload)))
                .isEmpty();
        TopicProbe.ofTestInfrastructure().send(topic, key, json.writeValueAsString(payload)
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", id, "ce_type", "fr.essor.procurement." + type,
                "ce_source", "/essor/procurement", "ce_subject", key, "ce_time", now, "ce_specversion", "1.0",
                "content-type", "application/json"));
        return id;
    }
}
