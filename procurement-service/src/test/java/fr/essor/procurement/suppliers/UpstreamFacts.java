package fr.essor.procurement.suppliers;

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
 * Facts as funding and foncier publish them: the contract's example with the fields a test changes, checked against
 * the contract (the consumer side of the contract test), then sent to the real broker as CloudEvents binary-mode
 * records.
 */
final class UpstreamFacts {

    private static final Map<String, String[]> OWNER_TOPIC_KEY = Map.of(
            "grant-awarded.v1", new String[] {"funding", "essor.funding.applications", "applicationId"},
            "lease-signed.v1", new String[] {"foncier", "essor.foncier.leases", "leaseId"},
            "organisation-registered.v1", new String[] {"funding", "essor.funding.organisations", "organisationId"},
            "organisation-updated.v1", new String[] {"foncier", "essor.foncier.organisations", "organisationId"});

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventContracts contracts = EventContracts.load();
    private final TopicProbe broker = TopicProbe.ofTestInfrastructure();

    record Fact(String eventId, String type, String topic, String key, String occurredAt, String payload) {
    }

    Fact of(String eventType, Consumer<ObjectNode> change) {
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

    void deliver(Fact fact) {
        broker.send(fact.topic(), fact.key(), fact.payload().getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", fact.eventId(), "ce_source", "/essor/" + fact.type().split("\\.")[2],
                        "ce_type", fact.type(), "ce_subject", fact.key(), "ce_time", fact.occurredAt(),
                        "ce_specversion", "1.0", "content-type", "application/json"));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
