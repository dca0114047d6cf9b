package fr.essor.kit.it;

import fr.essor.kit.divergence.infrastructure.DivergenceDetector;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The divergence check on the real embedded broker and store (ADR-0023): things written through the real outbox and
 * relay, then, behind the service's back, (a) a thing and its log entries deleted, (b) a log entry added for an event
 * never sent, (c) a thing's version set back; the gauge, the ops API and the ops page name what diverges. A service of
 * its own (name, database, topic, consumer group), so that no other test's writes meet its topic.
 */
@EssorIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "essor.service.name=kitdiverge",
        "spring.cloud.stream.bindings.thingEvents-in-0.destination=" + DivergenceDetectionIT.TOPIC,
        "spring.cloud.stream.bindings.thingEvents-in-0.group=kitdiverge-things",
        "essor.divergence.enabled=true",
        "essor.divergence.initial-delay=1s",
        "essor.divergence.interval=2s",
        "essor.divergence.grace-period=0s" })
class DivergenceDetectionIT {

    static final String TOPIC = "essor.kitdiverge.things";
    static final String SOURCE = "/essor/kitdiverge";
    static final String COLLECTION = "kittest_things";

    @LocalServerPort
    int port;
    @Autowired
    AggregateStore<KitTestService.ThingDocument> things;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DivergenceDetector detector;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStoreAndTopicThatAgreeReportNothingThenEachKindOfDivergenceIsNamedByTheGaugeTheApiThePageAndTheLog(
            CapturedOutput output) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String deleted = "deleted-" + run;
        String neverSentFor = "logged-" + run;
        String setBack = "setback-" + run;
        List<String> written = new ArrayList<>();
        written.add(create(deleted));
        written.add(create(neverSentFor));
        written.add(create(setBack));
        written.add(rename(setBack, 1));
        written.add(rename(setBack, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> written.stream()
                .allMatch(id -> mongo.getCollection(EventLog.COLLECTION).countDocuments(new Document("_id", id)) > 0));

        JsonNode clean = awaitReportCheckedAfter(Instant.now());
        assertThat(clean.get("checked").asBoolean()).isTrue();
        assertThat(clean.get("loggedEvents").asInt()).isEqualTo(5);
        assertThat(clean.get("topicRecords").asInt()).isEqualTo(5);
        assertThat(clean.get("divergences")).isEmpty();
        assertThat(clean.get("divergentEvents").properties()).hasSize(3)
                .allSatisfy(count -> assertThat(count.getValue().asInt()).isZero());
        assertThat(gauge("unknown_to_store")).isZero();
        assertThat(gauge("missing_on_topic")).isZero();
        assertThat(gauge("versions_apart")).isZero();

        // (a) the store forgets a thing whose event went out: document and log entries gone
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", deleted));
        mongo.getCollection(EventLog.COLLECTION).deleteMany(new Document("subject", deleted));
        // (b) the log says an event was acknowledged that the topic never got
        String neverSent = UUID.randomUUID().toString();
        mongo.getCollection(EventLog.COLLECTION).insertOne(new Document("_id", neverSent)
                .append("type", KitTestService.TYPE).append("source", SOURCE).append("subject", neverSentFor)
                .append("topic", TOPIC).append("time", Date.from(Instant.now().minusSeconds(60)))
                .append("payload", "{}").append(EventLog.PUBLISHED_AT, Date.from(Instant.now().minusSeconds(60)))
                .append(EventLog.AGGREGATE, new Document("collection", COLLECTION).append("id", neverSentFor)));
        // (c) a thing goes back to its first version (a restored backup, a hand edit)
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", setBack),
                new Document("$set", new Document("version", 1L)));

        JsonNode report = awaitReportCheckedAfter(Instant.now());
        assertThat(report.get("divergentEvents").get("unknown_to_store").asInt()).isEqualTo(1);
        assertThat(report.get("divergentEvents").get("missing_on_topic").asInt()).isEqualTo(1);
        assertThat(report.get("divergentEvents").get("versions_apart").asInt()).isEqualTo(2);
        assertThat(report.get("divergences")).hasSize(3);
        assertThat(report.get("divergenceCount").asInt()).isEqualTo(3);
        JsonNode unknown = only(report, "unknown_to_store");
        assertThat(unknown.get("eventIds").get(0).asString()).isEqualTo(written.get(0));
        assertThat(unknown.get("aggregate").asString()).isEqualTo(deleted);
        assertThat(unknown.get("topic").asString()).isEqualTo(TOPIC);
        JsonNode missing = only(report, "missing_on_topic");
        assertThat(missing.get("eventIds").get(0).asString()).isEqualTo(neverSent);
        assertThat(missing.get("aggregate").asString()).isEqualTo(neverSentFor);
        JsonNode apart = only(report, "versions_apart");
        assertThat(apart.get("aggregate").asString()).isEqualTo(setBack);
        assertThat(apart.get("collection").asString()).isEqualTo(COLLECTION);
        assertThat(apart.get("storedVersion").asLong()).isEqualTo(1);
        assertThat(apart.get("topicVersion").asLong()).isEqualTo(3);
        assertThat(apart.get("eventIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(written.get(3), written.get(4));
        assertThat(apart.get("description").asString()).contains("version 1", "version 3", setBack);

        assertThat(gauge("unknown_to_store")).isEqualTo(1);
        assertThat(gauge("missing_on_topic")).isEqualTo(1);
        assertThat(gauge("versions_apart")).isEqualTo(2);

        assertThat(output.getOut()).containsPattern("WARN .*Divergence check: store and topics disagree on 1 "
                + "unknown_to_store, 1 missing_on_topic, 2 versions_apart .*unknown_to_store " + deleted + " on "
                + TOPIC + " events \\[" + written.get(0) + "].*missing_on_topic " + COLLECTION + "/" + neverSentFor
                + " .*" + neverSent + ".*versions_apart " + COLLECTION + "/" + setBack + " .*" + written.get(4)
                + ".*\\(topic version 3, store version 1\\)");

        String page = Api.at(port).as("ops").page("/ops/ecarts").body();
        assertThat(page).contains("Écarts entre la base et Kafka", "Publié sur Kafka, inconnu de la base",
                "Journalisé comme publié, absent de Kafka", "Version de la base en retard sur Kafka",
                written.get(0), deleted, neverSent, neverSentFor, setBack, written.get(4), "3 écarts trouvés");
    }

    @Test
    void onlyOpsAndAdminSeeTheDivergencesOrCheckNow() {
        Api instructor = Api.at(port).as("instructeur");

        assertThat(instructor.get("/api/ops/divergences").statusCode()).isEqualTo(403);
        assertThat(instructor.post("/api/ops/divergences/check", "application/json", "").statusCode())
                .isEqualTo(403);
        assertThat(instructor.page("/ops/ecarts").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get("/api/ops/divergences").statusCode()).isEqualTo(200);
        assertThat(Api.at(port).get("/api/ops/divergences").statusCode()).isEqualTo(401);
    }

    @Test
    void opsCheckNowWithoutWaitingForTheNextPass() {
        Instant before = Instant.now();

        HttpResponse<String> checked = Api.at(port).as("ops").post("/api/ops/divergences/check", "application/json", "");

        assertThat(checked.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(checked.body());
        assertThat(report.get("checked").asBoolean()).isTrue();
        assertThat(Instant.parse(report.get("checkedAt").asString())).isAfterOrEqualTo(before.minusMillis(1));
        String page = Api.at(port).as("ops").page("/ops/ecarts").body();
        assertThat(page).contains("Vérifier maintenant", "/ops/ecarts/verifier", "_csrf");
    }

    private String create(String id) {
        String eventId = UUID.randomUUID().toString();
        things.insert(new KitTestService.ThingDocument(id, 1, "Chose"), List.of(event(eventId, id, 1)));
        return eventId;
    }

    private String rename(String id, long fromVersion) {
        String eventId = UUID.randomUUID().toString();
        things.update(id, fromVersion, new KitTestService.ThingDocument(id, fromVersion + 1, "Chose " + fromVersion),
                List.of(event(eventId, id, fromVersion + 1)));
        return eventId;
    }

    private static OutgoingEvent event(String eventId, String id, long version) {
        return new OutgoingEvent(eventId, KitTestService.TYPE, SOURCE, id, TOPIC, Instant.now(),
                "{\"id\":\"" + id + "\",\"version\":" + version + ",\"name\":\"Chose\"}");
    }

    /** The report of the first scheduled pass that started after {@code after}. */
    private JsonNode awaitReportCheckedAfter(Instant after) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> response = Api.at(port).as("ops").get("/api/ops/divergences");
            assertThat(response.statusCode()).isEqualTo(200);
            return json.readTree(response.body());
        }, report -> report.get("checked").asBoolean()
                && Instant.parse(report.get("checkedAt").asString()).isAfter(after));
    }

    private static JsonNode only(JsonNode report, String kind) {
        List<JsonNode> found = report.get("divergences").valueStream()
                .filter(item -> kind.equals(item.get("kind").asString())).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.getFirst();
    }

    private double gauge(String kind) {
        String scrape = Api.at(port).get("/actuator/prometheus", "text/plain").body();
        Matcher value = Pattern.compile("(?m)^essor_divergent_events\\{(?=[^}]*application=\"kitdiverge\")(?=[^}]*kind=\""
                + kind + "\")[^}]*} (\\S+)").matcher(scrape);
        assertThat(value.find()).as("essor_divergent_events{kind=" + kind + "} in " + scrape.lines()
                .filter(line -> line.contains("divergent")).toList()).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
