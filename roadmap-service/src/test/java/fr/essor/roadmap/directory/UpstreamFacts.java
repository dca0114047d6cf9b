package fr.essor.roadmap.directory;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Organisation facts as funding, procurement or foncier publish them, built from the contract's example (the
 * consumer side of the contract test) and sent to the real broker.
 */
final class UpstreamFacts {

    private static final Map<String, String> ROLES = Map.of("funding", "applicant", "procurement", "supplier",
            "foncier", "premises-seeker");

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventContracts contracts = EventContracts.load();
    private final TopicProbe broker = TopicProbe.ofTestInfrastructure();

    record Fact(String service, String eventId, String type, String organisationId, String payload) {
    }

    Fact registered(String service, String siret, String commune, String communeName, String territory) {
        return fact(service, "organisation-registered", siret, 1, "Structure " + siret, commune, communeName,
                territory);
    }

    /** A registration that happened upstream at {@code occurredAt}, e.g. long before it reaches roadmap. */
    Fact registeredAt(String service, String siret, String commune, String communeName, String territory,
                      Instant occurredAt) {
        Fact fact = registered(service, siret, commune, communeName, territory);
        ObjectNode payload = (ObjectNode) json.readTree(fact.payload());
        payload.put("occurredAt", occurredAt.toString());
        return new Fact(fact.service(), fact.eventId(), fact.type(), siret, json.writeValueAsString(payload));
    }

    Fact updated(String service, String siret, long version, String name) {
        return fact(service, "organisation-updated", siret, version, name, "93066", "Saint-Denis", "T6");
    }

    private Fact fact(String service, String kind, String siret, long version, String name, String commune,
                      String communeName, String territory) {
        ObjectNode payload = (ObjectNode) json.readTree(contracts.example(kind + ".v1"));
        String eventId = UUID.randomUUID().toString();
        payload.put("eventId", eventId);
        payload.put("organisationId", siret);
        payload.put("siret", siret);
        payload.put("version", version);
        payload.put("name", name);
        payload.put("communeInsee", commune);
        payload.put("communeName", communeName);
        payload.put("territoryCode", territory);
        payload.put("territoryName", switch (territory) {
            case "T6" -> "Plaine Commune";
            case "T7" -> "Paris Terres d'Envol";
            case "T8" -> "Est Ensemble";
            default -> "Grand Paris Grand Est";
        });
        payload.put("registeredAs", ROLES.get(service));
        payload.put("occurredAt", Instant.now().toString());
        String type = "fr.essor." + service + "." + kind + ".v1";
        String body = json.writeValueAsString(payload);
        if (!contracts.violations(type, body).isEmpty()) {
            throw new IllegalStateException("Test fact breaks the contract: " + contracts.violations(type, body));
        }
        return new Fact(service, eventId, type, siret, body);
    }

    void deliver(Fact fact) {
        broker.send(topic(fact.service()), fact.organisationId(), fact.payload().getBytes(),
                Map.of("ce_id", fact.eventId(), "ce_source", "/essor/" + fact.service(), "ce_type", fact.type(),
                        "ce_subject", fact.organisationId(), "ce_time", Instant.now().toString(),
                        "ce_specversion", "1.0", "content-type", "application/json"));
    }

    static String topic(String service) {
        return "essor." + service + ".organisations";
    }

    static String nextSiret() {
        return Sirets.next();
    }
}
