package fr.essor.procurement.suppliers;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Procurement's copies of the organisations registered in funding and foncier (ADR-0021), rebuilt from their topics by
 * the ops command (ADR-0024) on the real broker: a copy deleted or set back behind the service's back comes back as it
 * was, the organisations registered here are left as they are, a registration published while the rebuild runs is
 * copied once, and only OPS and ADMIN may rebuild.
 */
@EssorIntegrationTest
class OrganisationCopiesRebuildIT {

    /** Generous: the machine that runs the suite may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    final UpstreamFacts facts = new UpstreamFacts();

    @Test
    void damagedCopiesAreRebuiltFromTheOtherServicesTopicsAndOwnRegistrationsAreKept() {
        Api buyer = Api.at(port).as("achats");
        String lost = Sirets.next();
        String setBack = Sirets.next();
        facts.deliver(registered(lost, "Ressourcerie du Canal"));
        facts.deliver(registered(setBack, "Atelier Vélo"));
        facts.deliver(facts.of("organisation-updated.v1", p -> { // foncier changes it: version 2
            p.put("organisationId", setBack);
            p.put("siret", setBack);
            p.put("rna", (String) null);
            p.put("version", 2);
            p.put("name", "Atelier Vélo solidaire");
            p.put("occurredAt", Instant.now().plusSeconds(1).toString());
        }));
        String own = Sirets.next();
        HttpResponse<String> registeredHere = buyer.postJson("/api/organisations", """
                {"siret":"%s","name":"Traiteur d'insertion","legalForm":"SCIC","esus":true,"communeInsee":"93066"}"""
                .formatted(own));
        assertThat(registeredHere.statusCode()).as(registeredHere.body()).isEqualTo(201);
        // the own registration once its event left the outbox: the relay's removal changes the stored document
        await().atMost(PATIENCE).until(() -> copy(lost) != null && copy(setBack) != null
                && copy(setBack).get("version", Number.class).longValue() == 2
                && copy(own).getList("pendingEvents", Document.class, List.of()).isEmpty()
                && !copy(own).containsKey("outboxLeaseOwner"));
        List<Document> before = List.of(copy(lost), copy(setBack), copy(own));

        // damaged behind the service's back
        mongo.remove(Query.query(Criteria.where("_id").is(lost)), "organisations");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(setBack)),
                new Update().set("version", 1L).set("name", "Atelier Vélo"), "organisations");
        assertThat(buyer.get("/api/organisations/" + lost).statusCode()).isEqualTo(404);

        HttpResponse<String> refused = buyer.post("/api/ops/projections/organisation-copies/rebuild",
                "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        // rebuilt while funding goes on registering
        Api ops = Api.at(port).as("ops");
        CompletableFuture<HttpResponse<String>> rebuilding = CompletableFuture.supplyAsync(() ->
                ops.post("/api/ops/projections/organisation-copies/rebuild", "application/json", ""));
        List<String> meanwhile = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        while (!rebuilding.isDone() || meanwhile.size() < 3) {
            String siret = Sirets.next();
            facts.deliver(registered(siret, UpstreamFacts.unique("Régie de quartier")));
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
                .containsExactly("essor.foncier.organisations", "essor.funding.organisations");
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
                assertThat(mongo.count(Query.query(Criteria.where("_id").is(siret)), "organisations")).isEqualTo(1);
                assertThat(copy(siret).get("version", Number.class).longValue()).isEqualTo(1);
            }
        });
        JsonNode shown = json.readTree(buyer.get("/api/organisations/" + setBack).body());
        assertThat(shown.get("name").asString()).isEqualTo("Atelier Vélo solidaire");
        assertThat(shown.get("version").asLong()).isEqualTo(2);
    }

    private UpstreamFacts.Fact registered(String siret, String name) {
        return facts.of("organisation-registered.v1", p -> {
            p.put("organisationId", siret);
            p.put("siret", siret);
            p.put("name", name);
        });
    }

    private Document copy(String siret) {
        return mongo.findById(siret, Document.class, "organisations");
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
