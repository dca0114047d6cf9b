package fr.essor.foncier.hub.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
import fr.essor.foncier.DocumentExamples;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub on the real broker and store: catalogue, call, selection, allocation, departure, waiting list. */
@EssorIntegrationTest
class HubApiIT {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final String TOPIC = "essor.foncier.hub";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api pole;

    @BeforeEach
    void signIn() {
        pole = Api.at(port).as("pole");
    }

    @Test
    void theSeventeenBuildingsAreLoadedOnceAsPlaceholdersTheManagersComplete() {
        JsonNode buildings = json.readTree(pole.get("/api/hub/buildings").body());

        assertThat(buildings).hasSize(17);
        assertThat(buildings.get(0).get("code").asString()).isEqualTo("B01");
        assertThat(buildings.get(16).get("code").asString()).isEqualTo("B17");
        buildings.forEach(b -> assertThat(b.get("placeholder").asBoolean()).isTrue());
    }

    /** The space the OpenAPI document shows as the whole request body of createSpace is created as it is. */
    @Test
    void theDocumentsExampleOfASpaceIsAcceptedAsItIs() {
        HttpResponse<String> space = pole.postJson("/api/hub/spaces", DocumentExamples.of("createSpace"));

        assertThat(space.statusCode()).as(space.body()).isEqualTo(201);
        assertThat(json.readTree(space.body()).get("id").asString()).matches("IRD-B04-\\d{3}");
    }

    /** Each create answers where the created space, call or application is ({@link #created}); unknown ones 404. */
    @Test
    void eachCreateAnswersTheAddressOfWhatItCreated() {
        String spaceId = created(pole.postJson("/api/hub/spaces", DocumentExamples.of("createSpace"))).get("id")
                .asString();
        String callId = created(pole.postJson("/api/hub/calls", """
                {"title": "Ateliers d'hiver", "spaceTypes": ["PRODUCTIVE"], "criteria": ["Ancrage local"],
                 "deadline": "%s"}""".formatted(LocalDate.now(FrenchFormat.PARIS).plusMonths(1)))).get("id").asString();
        String applicationId = apply(callId, 60);

        assertThat(json.readTree(pole.get("/api/hub/applications/" + applicationId).body()).get("callId").asString())
                .isEqualTo(callId);
        assertThat(spaceId).startsWith("IRD-");
        assertThat(pole.get("/api/hub/applications/HUB-NONE").statusCode()).isEqualTo(404);
        assertThat(pole.get("/api/hub/calls/HUB-NONE").statusCode()).isEqualTo(404);
    }

    @Test
    void anAllocatedSpaceIsPublishedNeverDoubleBookedAndOnceVacatedGoesToTheWaitingListFirst() {
        String spaceId = created(pole.postJson("/api/hub/spaces", """
                {"buildingCode": "B04", "name": "Atelier 112", "surface": 85, "floor": "RDC", "type": "PRODUCTIVE",
                 "equipment": ["Triphasé", "Point d'eau"], "accessible": true}""")).get("id").asString();
        assertThat(spaceId).matches("IRD-B04-\\d{3}");
        String callId = created(pole.postJson("/api/hub/calls", """
                {"title": "Ateliers 2026", "spaceTypes": ["PRODUCTIVE"], "criteria": ["Ancrage local", "Emploi"],
                 "deadline": "%s"}""".formatted(LocalDate.now(FrenchFormat.PARIS).plusMonths(1)))).get("id").asString();
        String retained = apply(callId, 80);
        String firstWaiting = apply(callId, 90);
        String secondWaiting = apply(callId, 70);
        decide(retained, "SELECTED");
        decide(firstWaiting, "WAITING_LIST");
        decide(secondWaiting, "WAITING_LIST");
        String start = LocalDate.now(FrenchFormat.PARIS).minusMonths(2).toString();

        JsonNode allocated = json.readTree(ok(pole.postJson("/api/hub/spaces/" + spaceId + "/allocations",
                "{\"applicationId\": \"%s\", \"startDate\": \"%s\"}".formatted(retained, start))).body());
        String allocationId = allocated.get("allocations").get(0).get("id").asString();

        HttpResponse<String> twice = pole.postJson("/api/hub/spaces/" + spaceId + "/allocations",
                "{\"applicationId\": \"%s\", \"startDate\": \"%s\"}".formatted(firstWaiting,
                        LocalDate.now(FrenchFormat.PARIS).plusYears(1)));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("space.alreadyAllocated");
        JsonNode occupancy = json.readTree(pole.get("/api/hub/occupancy").body());
        assertThat(occupancy.get("byBuilding").get("B04").get("occupiedSurface").asInt()).isGreaterThanOrEqualTo(85);

        HttpResponse<String> tooEarly = pole.postJson("/api/hub/spaces/" + spaceId + "/allocations/" + allocationId
                + "/vacating", "{\"lastDay\": \"2000-01-01\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooEarly.body()).toString()).as("the refusal names the field sent")
                .contains("\"field\":\"lastDay\"", "lastDay.beforeStart").doesNotContain("vacatedOn");
        ok(pole.postJson("/api/hub/spaces/" + spaceId + "/allocations/" + allocationId + "/vacating",
                "{\"lastDay\": \"%s\"}".formatted(LocalDate.now(FrenchFormat.PARIS).minusDays(1))));
        String spacePage = SignedInBrowser.signIn(port, "pole").page("/pole/espaces/" + spaceId).body();
        assertThat(spacePage).as("the page offers the space as the allocation decides: the head of the list only")
                .contains("value=\"" + firstWaiting + "\"", "(en tête de la liste d&#39;attente pour cet espace libéré)")
                .doesNotContain("value=\"" + secondWaiting + "\"").doesNotContain("value=\"" + retained + "\"");
        HttpResponse<String> queueJumped = pole.postJson("/api/hub/spaces/" + spaceId + "/allocations",
                "{\"applicationId\": \"%s\", \"startDate\": \"%s\"}".formatted(secondWaiting, LocalDate.now(FrenchFormat.PARIS)));
        assertThat(queueJumped.statusCode()).isEqualTo(400);
        assertThat(queueJumped.body()).contains("waitingList.first", firstWaiting);
        ok(pole.postJson("/api/hub/spaces/" + spaceId + "/allocations",
                "{\"applicationId\": \"%s\", \"startDate\": \"%s\"}".formatted(firstWaiting, LocalDate.now(FrenchFormat.PARIS))));

        List<TopicProbe.Received> facts = awaitRecords(spaceId, 3);
        assertThat(facts).extracting(r -> r.header("ce_type")).containsExactly(
                "fr.essor.foncier.hub-space-allocated.v1", "fr.essor.foncier.hub-space-vacated.v1",
                "fr.essor.foncier.hub-space-allocated.v1");
        facts.forEach(r -> {
            assertThat(CONTRACTS.violations(r.header("ce_type"), r.value())).isEmpty();
            assertThat(json.readTree(r.value()).get("eventId").asString()).isEqualTo(r.header("ce_id"));
        });
        assertThat(facts).extracting(r -> json.readTree(r.value()).get("version").asInt()).containsExactly(2, 3, 4);
        assertThat(pole.get("/api/hub/waiting-list").body()).doesNotContain(firstWaiting).contains(secondWaiting);
    }

    @Test
    void onlyHubManagersWriteAndAClosedCallOrAnUnknownOrganisationIsRefused() {
        assertThat(Api.at(port).as("sens").postJson("/api/hub/spaces", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> past = pole.postJson("/api/hub/calls", """
                {"title": "Trop tard", "spaceTypes": ["CREATIVE"], "criteria": [], "deadline": "2020-01-01"}""");
        assertThat(past.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(past.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("deadline.past", "criteria.required");
        String callId = created(pole.postJson("/api/hub/calls", """
                {"title": "Créatifs", "spaceTypes": ["CREATIVE"], "criteria": ["Ouverture au quartier"],
                 "deadline": "%s"}""".formatted(LocalDate.now(FrenchFormat.PARIS)))).get("id").asString();
        HttpResponse<String> unknown = pole.postJson("/api/hub/calls/" + callId + "/applications",
                "{\"organisationId\": \"W939999999\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("organisationId.unknown");
    }

    private String apply(String callId, int wished) {
        String siret = Sirets.next();
        assertThat(pole.postJson("/api/organisations", """
                {"siret": "%s", "name": "Recyclerie %d", "legalForm": "SCOP", "esus": true,
                 "communeInsee": "93010"}""".formatted(siret, wished)).statusCode()).isEqualTo(201);
        return created(pole.postJson("/api/hub/calls/" + callId + "/applications", """
                {"organisationId": "%s", "title": "Recyclerie", "intendedUse": "Atelier de réparation",
                 "wishedType": "PRODUCTIVE", "wishedSurface": %d, "startDate": "%s", "durationMonths": 24,
                 "contribution": "Ateliers ouverts aux voisins", "joinsCooperative": true}"""
                .formatted(siret, wished, LocalDate.now(FrenchFormat.PARIS)))).get("id").asString();
    }

    private void decide(String applicationId, String status) {
        ok(pole.postJson("/api/hub/applications/" + applicationId + "/decision", "{\"status\": \"" + status + "\"}"));
    }

    /** A 201 whose Location answers what was created (every create of this API is checked through here). */
    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("201 without Location: " + response.uri()));
        HttpResponse<String> shown = pole.get(java.net.URI.create(location).getPath());
        assertThat(shown.statusCode()).as(location).isEqualTo(200);
        assertThat(json.readTree(shown.body()).get("id")).as(location).isEqualTo(body.get("id"));
        return body;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<TopicProbe.Received> awaitRecords(String key, int count) {
        return TopicProbe.ofTestInfrastructure().awaitKeyed(TOPIC, key, count);
    }
}
