package fr.essor.kit.testing;

import fr.essor.contracts.EventContracts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service's copies of the organisations the two other registering services publish (ADR-0021), rebuilt from their
 * topics by the ops command (ADR-0024) on the real broker — the same check for funding, procurement and foncier, so
 * that each one's bindings, collection and access rules are exercised: a copy deleted or set back behind the
 * service's back comes back as it was, the organisations registered in the service itself are left as they are, a
 * registration published while the rebuild runs is copied once, and only OPS and ADMIN may rebuild.
 */
@EssorIntegrationTest
public abstract class OrganisationCopiesRebuild {

    /** Generous: the machine that runs the suite may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PROJECTION = "/api/ops/projections/organisation-copies/rebuild";
    private static final String COLLECTION = "organisations";
    /** The role in which each service registers organisations (its events' {@code registeredAs}, see contracts/). */
    private static final Map<String, String> ROLES = Map.of("funding", "applicant", "procurement", "supplier",
            "foncier", "premises-seeker");

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventContracts contracts = EventContracts.load();
    private final TopicProbe broker = TopicProbe.ofTestInfrastructure();

    /** A user of the service who registers organisations (and is not OPS). */
    protected abstract String registrar();

    /** The body of {@code POST /api/organisations} in the service for a SIRET ({@code %s}). */
    protected abstract String ownRegistration();

    /** The two services whose copies this one keeps. */
    protected abstract List<String> upstreams();

    @Test
    public void damagedCopiesAreRebuiltFromTheOtherServicesTopicsAndOwnRegistrationsAreKept() {
        String registrar = registrar();
        String ownBody = ownRegistration();
        List<String> upstreams = upstreams();
        Api user = Api.at(port).as(registrar);
        String first = upstreams.getFirst();
        String second = upstreams.getLast();
        String lost = Sirets.next();
        String setBack = Sirets.next();
        publish(first, "registered", registration(lost, "Ressourcerie du Canal"));
        publish(first, "registered", registration(setBack, "Atelier Vélo"));
        Map<String, Object> change = new LinkedHashMap<>(Map.of("organisationId", setBack, "siret", setBack,
                "version", 2, "name", "Atelier Vélo solidaire", "occurredAt", Instant.now().plusSeconds(1).toString()));
        change.put("rna", null);
        publish(second, "updated", change);
        String own = Sirets.next();
        HttpResponse<String> registeredHere = user.postJson("/api/organisations", ownBody.formatted(own));
        assertThat(registeredHere.statusCode()).as(registeredHere.body()).isEqualTo(201);
        // the own registration once its event left the outbox: the relay's removal changes the stored document
        await().atMost(PATIENCE).until(() -> copy(lost) != null && copy(setBack) != null
                && copy(setBack).get("version", Number.class).longValue() == 2
                && copy(own) != null && copy(own).getList("pendingEvents", Document.class, List.of()).isEmpty()
                && !copy(own).containsKey("outboxLeaseOwner"));
        List<Document> before = List.of(copy(lost), copy(setBack), copy(own));

        // damaged behind the service's back
        mongo.remove(Query.query(Criteria.where("_id").is(lost)), COLLECTION);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(setBack)),
                new Update().set("version", 1L).set("name", "Atelier Vélo"), COLLECTION);
        assertThat(user.get("/api/organisations/" + lost).statusCode()).isEqualTo(404);

        HttpResponse<String> refused = user.post(PROJECTION, "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        // rebuilt while the first upstream service goes on registering
        Api ops = Api.at(port).as("ops");
        CompletableFuture<HttpResponse<String>> rebuilding = CompletableFuture.supplyAsync(() ->
                ops.post(PROJECTION, "application/json", ""));
        List<String> meanwhile = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        while (!rebuilding.isDone() || meanwhile.size() < 3) {
            String siret = Sirets.next();
            publish(first, "registered", registration(siret,
                    "Régie de quartier-" + UUID.randomUUID().toString().substring(0, 8)));
            meanwhile.add(siret);
            sentAt.add(Instant.now());
            sleep(50);
        }
        HttpResponse<String> rebuilt = rebuilding.join();

        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        JsonNode report = json.readTree(rebuilt.body());
        assertThat(report.get("projection").asString()).isEqualTo("organisation-copies");
        assertThat(report.get("cleared").asLong()).as("copies are replayed on top, never cleared").isZero();
        assertThat(report.get("topics")).extracting(t -> t.get("topic").asString())
                .containsExactly(upstreams.stream().map(s -> "essor." + s + ".organisations").sorted()
                        .toArray(String[]::new));
        assertThat(report.get("applied").asLong()).as("the lost copy and the change set back").isGreaterThanOrEqualTo(2);
        assertThat(report.get("skipped").asLong()).as("the copies held as they were").isPositive();
        Instant started = Instant.parse(report.get("startedAt").asString());
        Instant ended = started.plusMillis(report.get("durationMs").asLong());
        assertThat(sentAt).as("registrations were published while the rebuild ran")
                .anySatisfy(at -> assertThat(at).isBetween(started, ended));

        assertThat(List.of(copy(lost), copy(setBack), copy(own))).isEqualTo(before);
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String siret : meanwhile) {
                assertThat(copy(siret)).as("registered during the rebuild: %s", siret).isNotNull();
                assertThat(mongo.count(Query.query(Criteria.where("_id").is(siret)), COLLECTION)).isEqualTo(1);
                assertThat(copy(siret).get("version", Number.class).longValue()).isEqualTo(1);
            }
        });
        JsonNode shown = json.readTree(user.get("/api/organisations/" + setBack).body());
        assertThat(shown.get("name").asString()).isEqualTo("Atelier Vélo solidaire");
        assertThat(shown.get("version").asLong()).isEqualTo(2);
    }

    /**
     * {@code organisation-<change>.v1} of {@code service} on its topic: the contract's example with {@code fields} in
     * place of its own, checked against the contract (the consumer side of the contract test), as a CloudEvents
     * binary-mode record keyed by the organisation.
     */
    private void publish(String service, String change, Map<String, Object> fields) {
        String eventType = "organisation-" + change + ".v1";
        ObjectNode payload = (ObjectNode) json.readTree(contracts.example(eventType));
        payload.put("eventId", UUID.randomUUID().toString());
        payload.put("occurredAt", Instant.now().toString());
        payload.put("registeredAs", ROLES.get(service));
        fields.forEach((field, value) -> payload.set(field, json.valueToTree(value)));
        String type = "fr.essor." + service + "." + eventType;
        String body = json.writeValueAsString(payload);
        assertThat(contracts.violations(type, body)).as("the test's fact keeps its contract").isEmpty();
        String key = payload.get("organisationId").asString();
        broker.send("essor." + service + ".organisations", key, body.getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", payload.get("eventId").asString(), "ce_source", "/essor/" + service,
                        "ce_type", type, "ce_subject", key, "ce_time", payload.get("occurredAt").asString(),
                        "ce_specversion", "1.0", "content-type", "application/json"));
    }

    private static Map<String, Object> registration(String siret, String name) {
        return Map.of("organisationId", siret, "siret", siret, "name", name);
    }

    private Document copy(String siret) {
        return mongo.findById(siret, Document.class, COLLECTION);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
