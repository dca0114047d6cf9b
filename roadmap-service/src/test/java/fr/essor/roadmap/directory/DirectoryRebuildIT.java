package fr.essor.roadmap.directory;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.roadmap.indicators.IndicatorFacts;
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

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 360° directory rebuilt from the topics by the ops command (ADR-0024), on the real broker: damaged behind the
 * service's back (entries and dealings deleted, versions set back, a stray entry added), it is rebuilt through the API
 * to what it was; facts published while the rebuild runs are there once; only OPS and ADMIN may rebuild.
 */
@EssorIntegrationTest
class DirectoryRebuildIT {

    /** Generous: the machine that runs the suite may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    final UpstreamFacts organisations = new UpstreamFacts();
    final IndicatorFacts facts = new IndicatorFacts();

    @Test
    void aDamagedDirectoryIsRebuiltFromTheTopicsToWhatItWasAndFactsPublishedMeanwhileCountOnce() {
        Api sens = Api.at(port).as("sens");
        // what the services published: an organisation registered in funding then changed in procurement, with a
        // grant and a contract; another registered in foncier
        String changed = UpstreamFacts.nextSiret();
        String other = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("funding", changed, "93048", "Montreuil", "T8"));
        organisations.deliver(organisations.updated("procurement", changed, 2, "Coopérative du Canal"));
        organisations.deliver(organisations.registered("foncier", other, "93066", "Saint-Denis", "T6"));
        String application = IndicatorFacts.unique("AAA-2038");
        facts.deliver(facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", application);
            p.put("callYear", 2038);
            p.put("organisationId", changed);
            p.put("amount", new BigDecimal("7000"));
        }));
        String contract = IndicatorFacts.unique("MAR");
        facts.deliver(facts.of("contract-awarded.v1", p -> {
            p.put("contractId", contract);
            p.put("holderOrganisationId", changed);
            p.put("year", 2038);
        }));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(entry(other)).as("entry registered in foncier").isNotNull();
            assertThat(entry(changed)).as("entry registered in funding").isNotNull();
            assertThat(entry(changed).getString("name")).isEqualTo("Coopérative du Canal");
            assertThat(dealing("grant:" + application)).as("grant").isNotNull();
            assertThat(dealing("contract:" + contract + ":" + changed)).as("contract").isNotNull();
        });
        List<Document> before = snapshot(changed, other, application, contract);
        JsonNode shownBefore = shown(sens, changed);

        // damaged behind the service's back
        mongo.remove(Query.query(Criteria.where("_id").is(other)), "directory");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(changed)), new Update().set("name", "Nom altéré")
                .set("detailsVersion", 1L).set("knownBy.procurement.version", 1L), "directory");
        mongo.remove(Query.query(Criteria.where("_id").is("contract:" + contract + ":" + changed)),
                "directory_dealings");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("grant:" + application)),
                new Update().set("version", 0L).set("amount", "1"), "directory_dealings");
        String stray = UpstreamFacts.nextSiret();
        mongo.insert(new Document("_id", stray).append("name", "Aucun fait ne l'explique"), "directory");
        assertThat(sens.get("/api/organisations/" + other).statusCode()).isEqualTo(404);
        assertThat(organisation(sens, changed).get("name").asString()).isEqualTo("Nom altéré");

        // only ops rebuild
        HttpResponse<String> refused = sens.post("/api/ops/projections/directory/rebuild", "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        // rebuilt while the services go on publishing
        Api ops = Api.at(port).as("ops");
        CompletableFuture<HttpResponse<String>> rebuilding = CompletableFuture.supplyAsync(() ->
                ops.post("/api/ops/projections/directory/rebuild", "application/json", ""));
        String arriving = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("procurement", arriving, "93005", "Aulnay-sous-Bois", "T7"));
        List<String> meanwhile = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        while (!rebuilding.isDone() || meanwhile.size() < 3) {
            String id = IndicatorFacts.unique("AAA-2038");
            facts.deliver(facts.of("grant-awarded.v1", p -> {
                p.put("applicationId", id);
                p.put("callYear", 2038);
                p.put("organisationId", arriving);
            }));
            meanwhile.add(id);
            sentAt.add(Instant.now());
            sleep(50);
        }
        HttpResponse<String> rebuilt = rebuilding.join();

        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        JsonNode report = json.readTree(rebuilt.body());
        assertThat(report.get("projection").asString()).isEqualTo("directory");
        assertThat(report.get("by").asString()).isEqualTo("ops");
        assertThat(report.get("cleared").asLong()).isPositive();
        assertThat(report.get("read").asLong()).isPositive();
        assertThat(report.get("applied").asLong()).isPositive();
        // the replayed facts are counted apart from the live ones, as the platform dashboard's panel reads them
        assertThat(Api.at(port).get("/actuator/prometheus", "text/plain").body())
                .containsPattern("(?m)^essor_events_replayed_total\\{[^}]*outcome=\"applied\"[^}]*} [1-9]");
        assertThat(report.get("durationMs").asLong()).isNotNegative();
        assertThat(report.get("topics")).extracting(t -> t.get("topic").asString()).contains(
                "essor.funding.organisations", "essor.procurement.organisations", "essor.foncier.organisations",
                "essor.funding.applications", "essor.procurement.contracts");
        assertThat(report.get("read").asLong()).isEqualTo(sum(report, "read"));
        Instant started = Instant.parse(report.get("startedAt").asString());
        Instant ended = started.plusMillis(report.get("durationMs").asLong());
        assertThat(sentAt).as("facts were published while the rebuild ran")
                .anySatisfy(at -> assertThat(at).isBetween(started, ended));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(snapshot(changed, other, application, contract)).isEqualTo(before);
            assertThat(entry(arriving)).isNotNull();
            for (String id : meanwhile) {
                Document grant = dealing("grant:" + id);
                assertThat(grant).as("grant %s published during the rebuild", id).isNotNull();
                assertThat(grant.get("appliedFacts", Number.class).longValue()).isEqualTo(1);
            }
        });
        assertThat(shown(sens, changed)).isEqualTo(shownBefore);
        assertThat(organisation(sens, arriving).get("dealings").get("grants")).hasSize(meanwhile.size());
        assertThat(entry(stray)).as("what no fact explains is gone").isNull();
        assertThat(entry(arriving).get("appliedFacts", Number.class).longValue()).isEqualTo(1);
    }

    @Test
    void theProjectionsAreListedForOpsAndAnUnknownOneIsAProblem() {
        Api ops = Api.at(port).as("ops");
        JsonNode listed = json.readTree(ops.get("/api/ops/projections").body());
        assertThat(listed).extracting(p -> p.get("name").asString()).containsExactly("directory", "indicators");
        HttpResponse<String> unknown = ops.post("/api/ops/projections/annuaire/rebuild", "application/json", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.at(port).as("sens").get("/api/ops/projections").statusCode()).isEqualTo(403);
    }

    @Test
    void theOpsPageAsksForConfirmationThenSaysWhatTheRebuildDid() {
        SignedInBrowser ops = SignedInBrowser.signIn(port, "ops");
        HttpResponse<String> page = ops.page("/ops/projections");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Annuaire 360°", "Indicateurs calculés", "Reconstruire…",
                "/ops/projections?reconstruire=indicators").doesNotContain("Confirmer la reconstruction");
        String confirmation = "/ops/projections?reconstruire=indicators";
        assertThat(ops.page(confirmation).body()).contains("Reconstruire « Indicateurs calculés » ?",
                "Confirmer la reconstruction", "/ops/projections/indicators/reconstruire");

        HttpResponse<String> done = ops.submit(confirmation, "/ops/projections/indicators/reconstruire", Map.of());

        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String result = ops.follow(done).body();
        assertThat(result).contains("« Indicateurs calculés » reconstruite en", "relu", "essor.funding.applications :");
        assertThat(SignedInBrowser.signIn(port, "sens").page("/ops/projections").statusCode()).isEqualTo(403);
    }

    private List<Document> snapshot(String changed, String other, String application, String contract) {
        List<Document> documents = new ArrayList<>();
        for (String id : List.of(changed, other)) {
            Document entry = entry(id);
            entry.remove("changedHereAt"); // when roadmap wrote it: the rebuild writes it again
            documents.add(entry);
        }
        documents.add(dealing("grant:" + application));
        documents.add(dealing("contract:" + contract + ":" + changed));
        return documents;
    }

    private Document entry(String id) {
        return mongo.findById(id, Document.class, "directory");
    }

    private Document dealing(String key) {
        return mongo.findById(key, Document.class, "directory_dealings");
    }

    private JsonNode organisation(Api api, String siret) {
        HttpResponse<String> response = api.get("/api/organisations/" + siret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /**
     * The organisation as the API shows it, its services in their name's order: the order in which their facts were
     * read first is not part of the projection (live, the binding reads the three topics in any order).
     */
    private JsonNode shown(Api api, String siret) {
        ObjectNode shown = (ObjectNode) organisation(api, siret);
        List<JsonNode> knownBy = new ArrayList<>();
        shown.get("knownBy").forEach(knownBy::add);
        knownBy.sort(Comparator.comparing(service -> service.get("service").asString()));
        shown.putArray("knownBy").addAll(knownBy);
        return shown;
    }

    private static long sum(JsonNode report, String field) {
        long sum = 0;
        for (JsonNode topic : report.get("topics")) {
            sum += topic.get(field).asLong();
        }
        return sum;
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
