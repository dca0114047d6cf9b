package fr.essor.kit.it;

import fr.essor.kit.consuming.DeadLetters;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dead letters on the real embedded broker: recorded, listed, replayed once, guarded. */
@EssorIntegrationTest
class DeadLettersIT {

    @LocalServerPort
    int port;
    @Autowired
    KitTestService.ThingHandler handler;

    private final TopicProbe probe = TopicProbe.ofTestInfrastructure();
    private final JsonMapper json = JsonMapper.builder().build();

    private Api ops() {
        return Api.at(port).as("ops");
    }

    /** Sends a thing-created event from "another service", for a key the handler is failing on. */
    private String sendFailingEvent(String key) {
        handler.failing.add(key);
        String eventId = UUID.randomUUID().toString();
        probe.send(KitTestService.TOPIC, key, ("{\"id\":\"" + key + "\",\"name\":\"Chose\"}")
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", eventId, "ce_type", KitTestService.TYPE,
                "ce_source", "/essor/other", "ce_subject", key, "ce_time", "2026-11-28T10:00:00Z",
                "ce_specversion", "1.0", "content-type", "application/json"));
        return eventId;
    }

    private JsonNode awaitLetterFor(String eventId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> list = ops().get("/api/ops/dead-letters");
            assertThat(list.statusCode()).isEqualTo(200);
            for (JsonNode letter : json.readTree(list.body())) {
                if (eventId.equals(letter.get("headers").path("ce_id").asString(null))) {
                    return letter;
                }
            }
            return null;
        }, letter -> letter != null);
    }

    @Test
    void aPoisonRecordIsListedWithItsOriginAndErrorThenReplayedOnceItsCauseIsFixedAndAppliedExactlyOnce() {
        String key = "thing-" + UUID.randomUUID();
        String eventId = sendFailingEvent(key);

        assertThat(probe.awaitKeyed(DeadLetters.topicFor(KitTestService.TOPIC, KitTestService.GROUP), key, 1,
                Duration.ofSeconds(60))).hasSize(1);
        JsonNode letter = awaitLetterFor(eventId);
        assertThat(letter.get("originalTopic").asString()).isEqualTo(KitTestService.TOPIC);
        assertThat(letter.get("group").asString()).isEqualTo(KitTestService.GROUP);
        assertThat(letter.get("key").asString()).isEqualTo(key);
        assertThat(letter.get("headers").get("ce_type").asString()).isEqualTo(KitTestService.TYPE);
        assertThat(letter.get("payload").asString()).contains(key);
        assertThat(letter.get("exceptionMessage").asString()).contains("cannot be applied yet");
        assertThat(letter.get("status").asString()).isEqualTo("UNRESOLVED");
        assertThat(handler.applied).doesNotContainKey(eventId);
        String page = ops().page("/ops/lettres-mortes").body();
        assertThat(page).contains("Lettres mortes", eventId, KitTestService.GROUP, "Rejouer", "_csrf");

        handler.failing.remove(key);
        HttpResponse<String> replay = ops().post("/api/ops/dead-letters/" + letter.get("id").asString()
                + "/replay", "application/json", "");

        assertThat(replay.statusCode()).isEqualTo(200);
        JsonNode replayed = json.readTree(replay.body());
        assertThat(replayed.get("status").asString()).isEqualTo("REPLAYED");
        assertThat(replayed.get("replays").get(0).get("by").asString()).isEqualTo("ops");
        assertThat(probe.awaitKeyed(KitTestService.TOPIC, key, 2)).allSatisfy(record ->
                assertThat(record.header("ce_id")).isEqualTo(eventId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handler.applied.get(eventId)).hasValue(1));
    }

    @Test
    void aLetterAlreadyReplayedIsRefusedWithConflictUnlessForcedAndTheDuplicateChangesNothing() {
        String key = "thing-" + UUID.randomUUID();
        String eventId = sendFailingEvent(key);
        String id = awaitLetterFor(eventId).get("id").asString();
        handler.failing.remove(key);
        assertThat(ops().post("/api/ops/dead-letters/" + id + "/replay", "application/json", "").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handler.applied.get(eventId)).hasValue(1));

        HttpResponse<String> again = ops().post("/api/ops/dead-letters/" + id + "/replay", "application/json", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> forced = ops().post("/api/ops/dead-letters/" + id + "/replay?force=true",
                "application/json", "");
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(json.readTree(forced.body()).get("replays")).hasSize(2);
        assertThat(probe.awaitKeyed(KitTestService.TOPIC, key, 3)).hasSize(3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handler.applied.get(eventId)).hasValueGreaterThan(1));
    }

    @Test
    void aRecordWithEveryCloudEventsHeaderButNoContentTypeIsDeadLetteredForItsMissingContentType() {
        String key = "thing-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        probe.send(KitTestService.TOPIC, key, ("{\"id\":\"" + key + "\",\"name\":\"Chose\"}")
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", eventId, "ce_type", KitTestService.TYPE,
                "ce_source", "/essor/other", "ce_subject", key, "ce_time", "2026-11-28T10:00:00Z",
                "ce_specversion", "1.0"));

        JsonNode letter = awaitLetterFor(eventId);

        assertThat(letter.get("exceptionMessage").asString()).contains("content-type")
                .doesNotContain("ce_id");
        assertThat(handler.applied).doesNotContainKey(eventId);
    }

    @Test
    void replayingAnUnknownLetterIsNotFoundAsProblemJson() {
        HttpResponse<String> replay = ops().post("/api/ops/dead-letters/" + UUID.randomUUID() + "/replay",
                "application/json", "");

        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(replay.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void onlyOpsAndAdminSeeOrReplayDeadLetters() {
        Api instructor = Api.at(port).as("instructeur");

        assertThat(instructor.get("/api/ops/dead-letters").statusCode()).isEqualTo(403);
        assertThat(instructor.post("/api/ops/dead-letters/" + UUID.randomUUID() + "/replay", "application/json", "")
                .statusCode()).isEqualTo(403);
        assertThat(instructor.page("/ops/lettres-mortes").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get("/api/ops/dead-letters").statusCode()).isEqualTo(200);
    }

    @Test
    void theUnresolvedDeadLettersAreAGaugeOfTheService() {
        String body = Api.at(port).get("/actuator/prometheus", "text/plain").body();

        assertThat(body).contains("essor_dead_letters_unresolved{application=\"kittest\"}");
    }
}
