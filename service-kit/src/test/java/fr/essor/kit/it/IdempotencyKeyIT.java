package fr.essor.kit.it;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on the real HTTP API of the kit's test service (IETF httpapi draft). */
@EssorIntegrationTest
class IdempotencyKeyIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    private Api admin() {
        return Api.at(port).as("admin");
    }

    private long thingsNamed(String name) {
        return mongo.count(Query.query(Criteria.where("name").is(name)), "kittest_things");
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstResponseAgainAndCreateOnce() {
        String name = "chose-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = admin().postJsonWithIdempotencyKey("/api/things", key, "{\"name\":\"" + name + "\"}");
        HttpResponse<String> again = admin().postJsonWithIdempotencyKey("/api/things", key, "{\"name\":\"" + name + "\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/api/things/"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422ProblemInFrench() {
        String key = UUID.randomUUID().toString();
        String name = "chose-" + UUID.randomUUID();
        assertThat(admin().postJsonWithIdempotencyKey("/api/things", key, "{\"name\":\"" + name + "\"}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> other = admin().postJsonWithIdempotencyKey("/api/things", key,
                "{\"name\":\"" + name + "-autre\"}");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(other.body());
        assertThat(problem.get("code").asString()).isEqualTo("idempotency.key-reused");
        assertThat(problem.get("detail").asString()).contains("clé d'idempotence");
        assertThat(thingsNamed(name + "-autre")).isZero();
    }

    @Test
    void withoutAKeyEachPostCreatesAsBefore() {
        String name = "chose-" + UUID.randomUUID();

        assertThat(admin().postJson("/api/things", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
        assertThat(admin().postJson("/api/things", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);

        assertThat(thingsNamed(name)).isEqualTo(2);
    }

    @Test
    void twoConcurrentRequestsWithTheSameKeyCreateOnceAndTheSecondIsTold409OrTheFirstAnswer() {
        String name = "lent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + name + "\"}";

        List<HttpResponse<String>> answers = List.of(
                CompletableFuture.supplyAsync(() -> admin().postJsonWithIdempotencyKey("/api/things", key, body)),
                CompletableFuture.supplyAsync(() -> admin().postJsonWithIdempotencyKey("/api/things", key, body)))
                .stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).contains(201).allMatch(status -> status == 201
                || status == 409);
        answers.stream().filter(answer -> answer.statusCode() == 409).forEach(conflict -> {
            assertThat(conflict.headers().firstValue("Retry-After")).isPresent();
            assertThat(json.readTree(conflict.body()).get("code").asString())
                    .isEqualTo("idempotency.request-in-progress");
        });
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCallerAndAreKeptAtLeastADay() {
        String key = UUID.randomUUID().toString();
        String name = "chose-" + UUID.randomUUID();

        assertThat(admin().postJsonWithIdempotencyKey("/api/things", key, "{\"name\":\"" + name + "\"}").statusCode())
                .isEqualTo(201);
        assertThat(Api.at(port).as("essor-cli").postJsonWithIdempotencyKey("/api/things", key,
                "{\"name\":\"" + name + "\"}").statusCode()).as("another caller's same key").isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(2);

        Document stored = mongo.findOne(Query.query(Criteria.where("key").is(key).and("caller").is("admin")),
                Document.class, "idempotency_keys");
        assertThat(stored).isNotNull();
        assertThat(stored.getDate("expiresAt").getTime() - stored.getDate("createdAt").getTime())
                .isGreaterThanOrEqualTo(24 * 3600 * 1000L);
    }

    @Test
    void aKeyWhoseRequestWasAbandonedByACrashedProcessRunsAgainOnRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "chose-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\"}";
        // the fingerprint of this request, as a first call with another key stores it
        String other = UUID.randomUUID().toString();
        assertThat(Api.at(port).as("essor-cli").postJsonWithIdempotencyKey("/api/things", other, body).statusCode())
                .isEqualTo(201);
        String fingerprint = mongo.findOne(Query.query(Criteria.where("key").is(other)), Document.class,
                "idempotency_keys").getString("fingerprint");
        mongo.remove(Query.query(Criteria.where("name").is(name)), "kittest_things");
        // what a process killed while running the request leaves: the key taken, never completed nor released
        String id = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("admin\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.time.Instant started = java.time.Instant.now();
        mongo.insert(new Document("_id", id).append("caller", "admin").append("key", key).append("fingerprint", fingerprint)
                .append("completed", false).append("createdAt", java.util.Date.from(started))
                .append("expiresAt", java.util.Date.from(started.plusSeconds(86_400))), "idempotency_keys");
        assertThat(admin().postJsonWithIdempotencyKey("/api/things", key, body).statusCode())
                .as("still running as far as anyone knows").isEqualTo(409);

        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new org.springframework.data.mongodb.core.query
                .Update().set("createdAt", java.util.Date.from(started.minusSeconds(31))), "idempotency_keys");
        HttpResponse<String> retried = admin().postJsonWithIdempotencyKey("/api/things", key, body);

        assertThat(retried.statusCode()).as("abandoned for more than 30 s: run again").isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(1);
        assertThat(admin().postJsonWithIdempotencyKey("/api/things", key, body).statusCode())
                .as("and then answered again as usual").isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedWith400() {
        HttpResponse<String> empty = admin().postJsonWithIdempotencyKey("/api/things", "", "{\"name\":\"x\"}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("code").asString()).isEqualTo("idempotency.key-invalid");
    }
}
