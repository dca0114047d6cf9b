package fr.essor.roadmap.plan;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reading the roadmap, changing actions as their lead directorates, and the status facts this publishes. */
@EssorIntegrationTest
class ActionTrackingIT {

    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void theRoadmapIsTheSeedsTreeOfThreeChallengesThirteenObjectivesAndFortyFourActions() {
        JsonNode roadmap = read(SignedInBrowser.withToken(port, "ept-plaine-commune").get("/api/roadmap"), 200);

        assertThat(roadmap.get("challenges")).hasSize(3);
        List<JsonNode> objectives = new ArrayList<>();
        roadmap.get("challenges").forEach(c -> c.get("objectives").forEach(objectives::add));
        assertThat(objectives).hasSize(13);
        assertThat(objectives.stream().mapToInt(o -> o.get("actions").size()).sum()).isEqualTo(44);
        assertThat(objectives.get(1).get("name").asString()).isEqualTo("FINANCER");
        assertThat(objectives.get(1).get("progress").isNumber()).isTrue();
    }

    @Test
    void actionsCanBeFilteredByLeadDirectorateStatusAndObjective() {
        SignedInBrowser reader = SignedInBrowser.withToken(port, "dpas");

        assertThat(codes(reader.get("/api/actions?directorate=DMTA"))).containsExactly("1.2.1", "3.1.3");
        assertThat(codes(reader.get("/api/actions?objective=1.4"))).containsExactly("1.4.1", "1.4.2");
        assertThat(codes(reader.get("/api/actions?challenge=2"))).hasSize(13);
        JsonNode first = read(reader.get("/api/actions?objective=1.2"), 200).get(1);
        assertThat(first.get("code").asString()).isEqualTo("1.2.2");
        assertThat(first.get("leadDirectorates")).extracting(JsonNode::asString).containsExactly("DIEESS", "DJVA");
        assertThat(reader.get("/api/actions?status=EN_COURS").statusCode()).isEqualTo(400);
    }

    @Test
    void aLeadDirectorateChangesTheStatusAndTheFactIsPublishedAsContracted() {
        HttpResponse<String> response = SignedInBrowser.withToken(port, "djva").json("PATCH", "/api/actions/1.3.3",
                "{\"status\":\"IN_PROGRESS\",\"progress\":30,\"startDate\":\"2025-02-01\"}");

        JsonNode action = read(response, 200);
        assertThat(action.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(action.get("statusLabel").asString()).isEqualTo("En cours");
        assertThat(action.get("startDate").asString()).isEqualTo("2025-02-01");
        TopicProbe.Received record = await().atMost(Duration.ofSeconds(20)).until(() -> TopicProbe
                .ofTestInfrastructure().readAll("essor.roadmap.actions").stream()
                .filter(r -> "1.3.3".equals(r.key())).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.roadmap.action-status-changed.v1");
        assertThat(record.header("ce_source")).isEqualTo("/essor/roadmap");
        assertThat(record.header("ce_subject")).isEqualTo("1.3.3");
        JsonNode payload = json.readTree(record.value());
        assertThat(record.header("ce_id")).isEqualTo(payload.get("eventId").asString());
        assertThat(payload.get("previousStatus").asString()).isEqualTo("PLANNED");
        assertThat(payload.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(payload.get("recordedBy").asString()).isEqualTo("djva");
        assertThat(payload.get("version").asLong()).isEqualTo(action.get("version").asLong());
    }

    @Test
    void aDirectorateThatDoesNotLeadTheActionIsRefusedWithProblemJsonAndNothingChanges() {
        SignedInBrowser dter = SignedInBrowser.withToken(port, "dter");
        long version = read(dter.get("/api/actions/1.1.2"), 200).get("version").asLong();

        HttpResponse<String> response = dter.json("PATCH", "/api/actions/1.1.2", "{\"status\":\"IN_PROGRESS\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(read(response, 403).get("detail").asString()).contains("1.1.2");
        assertThat(read(dter.get("/api/actions/1.1.2"), 200).get("version").asLong()).isEqualTo(version);
        assertThat(SignedInBrowser.withToken(port, "sens").json("PATCH", "/api/actions/1.1.2",
                "{\"status\":\"IN_PROGRESS\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeBreakingTheStatusRulesIsA400WithFieldErrors() {
        HttpResponse<String> response = SignedInBrowser.withToken(port, "sens").json("PATCH", "/api/actions/1.1.1",
                "{\"status\":\"DONE\",\"progress\":50,\"coLeadDirectorates\":[\"DGS\"]}");

        JsonNode problem = read(response, 400);
        assertThat(problem.get("errors")).extracting(e -> e.get("code").asString())
                .containsExactly("coLeadDirectorates.unknown");
        JsonNode rules = read(SignedInBrowser.withToken(port, "sens").json("PATCH", "/api/actions/1.1.1",
                "{\"status\":\"DONE\",\"progress\":50}"), 400);
        assertThat(rules.get("errors")).extracting(e -> e.get("code").asString()).containsExactly("progress.done");
    }

    @Test
    void milestonesNotesAndBudgetAreKeptAndEveryChangeIsInTheHistory() {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        JsonNode withMilestone = read(sens.json("POST", "/api/actions/2.4.2/milestones",
                "{\"title\":\"Cahier des charges Seine-Saint-Denis Compétences\",\"dueDate\":\"2026-09-30\"}"), 201);
        String milestoneId = withMilestone.get("milestones").get(0).get("id").asString();
        read(sens.json("PATCH", "/api/actions/2.4.2/milestones/" + milestoneId, "{\"done\":true}"), 200);
        read(sens.json("POST", "/api/actions/2.4.2/notes", "{\"text\":\"Réunion avec France Travail.\"}"), 201);
        JsonNode action = read(sens.json("PUT", "/api/actions/2.4.2/budget/2026",
                "{\"planned\":12000,\"spent\":4500.5}"), 200);

        assertThat(action.get("milestones").get(0).get("done").asBoolean()).isTrue();
        assertThat(action.get("notes").get(0).get("author").asString()).isEqualTo("sens");
        assertThat(action.get("budget").get(0).get("spent").decimalValue()).isEqualByComparingTo("4500.50");
        JsonNode history = read(sens.get("/api/actions/2.4.2/history"), 200);
        assertThat(history).extracting(h -> h.get("field").asString())
                .containsExactly("milestones", "milestones", "notes", "budget.2026");
        assertThat(history.get(3).get("by").asString()).isEqualTo("sens");
        assertThat(history.get(3).get("after").asString()).isEqualTo("12000.00 / 4500.50");
        assertThat(history.get(3).get("at").asString()).isNotBlank();
        assertThat(sens.json("DELETE", "/api/actions/2.4.2/milestones/unknown", null).statusCode()).isEqualTo(404);
        assertThat(sens.get("/api/actions/9.9.9").statusCode()).isEqualTo(404);
    }

    private List<String> codes(HttpResponse<String> response) {
        List<String> codes = new ArrayList<>();
        read(response, 200).forEach(a -> codes.add(a.get("code").asString()));
        return codes;
    }

    private JsonNode read(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
