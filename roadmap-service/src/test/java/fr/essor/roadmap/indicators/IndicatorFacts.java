package fr.essor.roadmap.indicators;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.TopicProbe;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Upstream facts as funding, procurement and foncier will publish them: the contract's example with the fields a test
 * changes, checked against the contract, then sent to the real broker as CloudEvents binary-mode records. The
 * directory's 360° IT sends the same facts.
 */
public final class IndicatorFacts {

    private static final Map<String, String[]> OWNER_TOPIC_KEY = Map.ofEntries(
            Map.entry("grant-awarded.v1", new String[] {"funding", "essor.funding.applications", "applicationId"}),
            Map.entry("grant-agreement-signed.v1",
                    new String[] {"funding", "essor.funding.grants", "agreementId"}),
            Map.entry("scic-stake-acquired.v1", new String[] {"funding", "essor.funding.scic-stakes", "stakeId"}),
            Map.entry("scic-stake-changed.v1", new String[] {"funding", "essor.funding.scic-stakes", "stakeId"}),
            Map.entry("scic-stake-sold.v1", new String[] {"funding", "essor.funding.scic-stakes", "stakeId"}),
            Map.entry("contract-awarded.v1",
                    new String[] {"procurement", "essor.procurement.contracts", "contractId"}),
            Map.entry("insertion-hours-reported.v1",
                    new String[] {"procurement", "essor.procurement.contracts", "contractId"}),
            Map.entry("lease-signed.v1", new String[] {"foncier", "essor.foncier.leases", "leaseId"}),
            Map.entry("lease-ended.v1", new String[] {"foncier", "essor.foncier.leases", "leaseId"}),
            Map.entry("hub-space-allocated.v1", new String[] {"foncier", "essor.foncier.hub", "spaceId"}),
            Map.entry("hub-space-vacated.v1", new String[] {"foncier", "essor.foncier.hub", "spaceId"}));

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventContracts contracts = EventContracts.load();
    private final TopicProbe broker = TopicProbe.ofTestInfrastructure();

    public record Fact(String eventId, String type, String topic, String key, String occurredAt, String payload) {
    }

    public Fact of(String eventType, Consumer<ObjectNode> change) {
        String[] owner = OWNER_TOPIC_KEY.get(eventType);
        ObjectNode payload = (ObjectNode) json.readTree(contracts.example(eventType));
        payload.put("eventId", UUID.randomUUID().toString());
        payload.put("occurredAt", Instant.now().toString());
        change.accept(payload);
        String type = "fr.essor." + owner[0] + "." + eventType;
        String body = json.writeValueAsString(payload);
        if (!contracts.violations(type, body).isEmpty()) {
            throw new IllegalStateException("Test fact breaks the contract: " + contracts.violations(type, body));
        }
        return new Fact(payload.get("eventId").asString(), type, owner[1], payload.get(owner[2]).asString(),
                payload.get("occurredAt").asString(), body);
    }

    public void deliver(Fact fact) {
        broker.send(fact.topic(), fact.key(), fact.payload().getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", fact.eventId(), "ce_source", "/essor/" + fact.type().split("\\.")[2],
                        "ce_type", fact.type(), "ce_subject", fact.key(), "ce_time", fact.occurredAt(),
                        "ce_specversion", "1.0", "content-type", "application/json"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
