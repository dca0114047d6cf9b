package fr.essor.funding.aaa;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An Appel à Agir application from its submission to the vote, through the API, on the real broker. */
@EssorIntegrationTest
class ApplicationInstructionIT {

    static final String TOPIC = "essor.funding.applications";
    static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    final TopicProbe topic = TopicProbe.ofTestInfrastructure();

    Api as(String user) {
        return Api.at(port).as(user);
    }

    /** A call open today and a registered organisation; returns the organisation's SIRET. */
    String callAndOrganisation(int year) {
        assertThat(as("dmta").postJson("/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        String siret = Sirets.next();
        assertThat(as("dmta").postJson("/api/organisations", AaaBodies.organisation(siret)).statusCode())
                .isEqualTo(201);
        return siret;
    }

    String submit(int year, String siret, String title) {
        HttpResponse<String> created = as("instructeur").postJson("/api/calls/" + year + "/applications",
                AaaBodies.application(siret, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    HttpResponse<String> step(String user, String id, String body) {
        return as(user).postJson("/api/applications/" + id + "/transitions", body);
    }

    @Test
    void aSubmissionRetriedWithTheSameIdempotencyKeyIsStoredAndCountedOnceAndAnswersTheSameAgain() {
        int year = AaaBodies.freshYear();
        String siret = callAndOrganisation(year);
        double submittedBefore = submittedApplications();
        String key = java.util.UUID.randomUUID().toString();
        String body = AaaBodies.application(siret, "La recyclerie");

        HttpResponse<String> first = as("instructeur").postJsonWithIdempotencyKey(
                "/api/calls/" + year + "/applications", key, body);
        HttpResponse<String> retried = as("instructeur").postJsonWithIdempotencyKey(
                "/api/calls/" + year + "/applications", key, body);
        HttpResponse<String> otherBody = as("instructeur").postJsonWithIdempotencyKey(
                "/api/calls/" + year + "/applications", key, AaaBodies.application(siret, "Autre projet"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(json.readTree(first.body()).get("id").asString()).isEqualTo("AAA-" + year + "-0001");
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(submit(year, siret, "Un second projet")).as("the retry created nothing")
                .isEqualTo("AAA-" + year + "-0002");
        assertThat(submittedApplications()).as("business counter, once per fact").isEqualTo(submittedBefore + 2);
    }

    double submittedApplications() {
        java.util.regex.Matcher sample = java.util.regex.Pattern.compile(
                "(?m)^essor_business_applications_submitted_total\\{[^}]*} (\\S+)")
                .matcher(Api.at(port).get("/actuator/prometheus", "text/plain").body());
        return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
    }

    @Test
    void aSubmissionIsStoredWithItsTerritoriesAndPublishedAsAContractValidFactAndARepeatIsFlaggedNotRefused() {
        int year = AaaBodies.freshYear();
        String siret = callAndOrganisation(year);

        HttpResponse<String> created = as("instructeur").postJson("/api/calls/" + year + "/applications",
                AaaBodies.application(siret, "L'atelier vélo"));
        HttpResponse<String> repeated = as("instructeur").postJson("/api/calls/" + year + "/applications",
                AaaBodies.application(siret, "  l’Atelier VÉLO ! "));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(id).isEqualTo("AAA-" + year + "-0001");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/applications/" + id));
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("territoryCodes").toString()).isEqualTo("[\"T6\",\"T8\"]");
        assertThat(body.get("amountRequested").decimalValue()).isEqualByComparingTo("20000");
        assertThat(body.get("nature").asString()).isEqualTo("MIXED");
        assertThat(body.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(body.get("possibleDuplicateOf").isNull()).isTrue();
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(json.readTree(repeated.body()).get("possibleDuplicateOf").asString()).isEqualTo(id);

        TopicProbe.Received record = awaitFact(id, "application-submitted");
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.header("ce_subject")).isEqualTo(id);
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(record.header("ce_id"));
        assertThat(payload.get("territoryCode").asString()).isEqualTo("T6");
        assertThat(payload.get("amountsRequested")).hasSize(3);
        assertThat(payload.get("recordedBy").asString()).isEqualTo("instructeur");
        String repeatedId = json.readTree(repeated.body()).get("id").asString();
        assertThat(json.readTree(awaitFact(repeatedId, "application-submitted").value()).get("possibleDuplicateOf")
                .asString()).isEqualTo(id);
    }

    @Test
    void anApplicationGoesFromSubmissionToAGrantRecordingWhoWhenAndWhyAndTheVoteIsPublished() {
        int year = AaaBodies.freshYear();
        String id = submit(year, callAndOrganisation(year), "Cantine solidaire");

        assertThat(step("dmta", id, "{\"action\":\"DECLARE_ADMISSIBLE\"}").statusCode()).isEqualTo(200);
        assertThat(as("dmta").putJson("/api/applications/" + id + "/directorates",
                "{\"directorates\":[\"DJVA\",\"DMTA\"]}").statusCode()).isEqualTo(200);
        assertThat(step("djva", id, "{\"action\":\"START_REVIEW\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> reviewed = as("djva").postJson("/api/applications/" + id + "/reviews",
                "{\"scores\":{\"utilite-sociale\":5,\"ancrage\":3,\"viabilite\":1},\"internalComment\":\"Bureau "
                        + "fragile\",\"sharedComment\":\"Projet utile\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(json.readTree(reviewed.body()).get("averageScore").decimalValue()).isEqualByComparingTo("14.67");
        assertThat(step("djva", id, "{\"action\":\"REQUEST_TERRITORY_OPINION\"}").statusCode()).isEqualTo(200);
        assertThat(as("ept-plaine-commune").putJson("/api/applications/" + id + "/opinions/T6",
                "{\"opinion\":\"FAVOURABLE\",\"comment\":\"Besoin avéré\"}").statusCode()).isEqualTo(200);
        assertThat(step("djva", id, "{\"action\":\"PROPOSE_FOR_VOTE\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> session = as("dmta").postJson("/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"CD-%d-05-12-0087"}"""
                .formatted(year, LocalDate.now(FrenchFormat.PARIS), year));
        String sessionId = json.readTree(session.body()).get("id").asString();
        assertThat(as("dmta").postJson("/api/voting-sessions/" + sessionId + "/agenda",
                "{\"applicationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
        assertThat(as("dmta").putJson("/api/voting-sessions/" + sessionId + "/votes/" + id,
                "{\"outcome\":\"GRANTED\",\"amount\":15000.50,\"justification\":\"Projet structurant\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> closed = as("dmta").send("POST", "/api/voting-sessions/" + sessionId + "/closing", null, null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        JsonNode application = json.readTree(as("dmta").get("/api/applications/" + id).body());
        assertThat(application.get("status").asString()).isEqualTo("GRANTED");
        assertThat(application.get("decision").get("amount").decimalValue()).isEqualByComparingTo("15000.50");
        assertThat(application.get("history").findValuesAsString("what")).containsExactly("SUBMITTED",
                "DECLARE_ADMISSIBLE", "ASSIGNED", "START_REVIEW", "REVIEWED", "REQUEST_TERRITORY_OPINION",
                "OPINION_GIVEN", "PROPOSE_FOR_VOTE", "GRANT");
        assertThat(application.get("history").findValuesAsString("by")).containsExactly("instructeur", "dmta", "dmta",
                "djva", "djva", "djva", "ept-plaine-commune", "djva", "dmta");
        assertThat(application.get("history").get(8).get("note").asString()).isEqualTo("Projet structurant");

        TopicProbe.Received decided = awaitFact(id, "application-decided");
        assertThat(CONTRACTS.violations(decided.header("ce_type"), decided.value())).isEmpty();
        JsonNode decision = json.readTree(decided.value());
        assertThat(decision.get("outcome").asString()).isEqualTo("GRANTED");
        assertThat(decision.get("amountGranted").decimalValue()).isEqualByComparingTo("15000.50");
        assertThat(decision.get("version").asLong()).isEqualTo(application.get("version").asLong());
        TopicProbe.Received awarded = awaitFact(id, "grant-awarded");
        assertThat(CONTRACTS.violations(awarded.header("ce_type"), awarded.value())).isEmpty();
        assertThat(json.readTree(awarded.value()).get("territoryCode").asString()).isEqualTo("T6");
    }

    @Test
    void anIllegalStepIsRefusedWith409AStableCodeAndAFrenchMessageAndChangesNothing() {
        int year = AaaBodies.freshYear();
        String id = submit(year, callAndOrganisation(year), "Jardin partagé");

        HttpResponse<String> refused = step("dmta", id, "{\"action\":\"PROPOSE_FOR_VOTE\"}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("transition.illegal");
        assertThat(problem.get("detail").asString()).contains("« Déposée »", "étapes possibles : déclarer recevable");
        assertThat(json.readTree(as("dmta").get("/api/applications/" + id).body()).get("version").asLong())
                .isEqualTo(1);

        HttpResponse<String> unjustified = step("dmta", id, "{\"action\":\"DECLARE_INADMISSIBLE\"}");
        assertThat(unjustified.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unjustified.body()).get("errors").get(0).get("code").asString())
                .isEqualTo("reason.required");
        assertThat(step("dmta", id, "{\"action\":\"FLY\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void accountsOutsideTheirRightsAreRefused403SayingWhy() {
        int year = AaaBodies.freshYear();
        String siret = callAndOrganisation(year);
        String id = submit(year, siret, "Ressourcerie mobile");
        assertThat(step("dmta", id, "{\"action\":\"DECLARE_ADMISSIBLE\"}").statusCode()).isEqualTo(200);
        assertThat(as("dmta").putJson("/api/applications/" + id + "/directorates",
                "{\"directorates\":[\"DJVA\"]}").statusCode()).isEqualTo(200);
        assertThat(step("dmta", id, "{\"action\":\"START_REVIEW\"}").statusCode()).isEqualTo(200);
        assertThat(step("dmta", id, "{\"action\":\"REQUEST_TERRITORY_OPINION\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> notAssigned = step("dter", id, "{\"action\":\"PROPOSE_FOR_VOTE\"}");
        HttpResponse<String> otherTerritory = as("ept-grand-est").putJson("/api/applications/" + id
                + "/opinions/T6", "{\"opinion\":\"FAVOURABLE\"}");
        HttpResponse<String> eptCreatesCall = as("ept-plaine-commune").postJson("/api/calls",
                AaaBodies.call(AaaBodies.freshYear()));

        assertThat(notAssigned.statusCode()).isEqualTo(403);
        assertThat(json.readTree(notAssigned.body()).get("detail").asString()).contains("directions désignées : DJVA");
        assertThat(otherTerritory.statusCode()).isEqualTo(403);
        assertThat(json.readTree(otherTerritory.body()).get("code").asString()).isEqualTo("forbidden");
        assertThat(as("ept-grand-est").get("/api/applications/" + id).statusCode()).isEqualTo(403);
        assertThat(eptCreatesCall.statusCode()).isEqualTo(403);

        assertThat(as("djva").postJson("/api/applications/" + id + "/conflicts",
                "{\"reason\":\"Administratrice de la structure\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> conflicted = as("djva").postJson("/api/applications/" + id + "/reviews",
                "{\"scores\":{\"utilite-sociale\":5,\"ancrage\":5,\"viabilite\":5}}");
        assertThat(conflicted.statusCode()).isEqualTo(403);
        assertThat(json.readTree(conflicted.body()).get("detail").asString()).contains("conflit d'intérêts");

        assertThat(as("ept-plaine-commune").putJson("/api/applications/" + id + "/opinions/T6",
                "{\"opinion\":\"RESERVED\",\"comment\":\"Avis de Plaine Commune\"}").statusCode()).isEqualTo(200);
        assertThat(as("ept-est-ensemble").putJson("/api/applications/" + id + "/opinions/T8",
                "{\"opinion\":\"FAVOURABLE\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> seenByEst = as("ept-est-ensemble").get("/api/applications/" + id);
        assertThat(seenByEst.statusCode()).isEqualTo(200);
        assertThat(json.readTree(seenByEst.body()).get("conflicts")).isEmpty();
        JsonNode seen = json.readTree(seenByEst.body());
        assertThat(seen.get("submittedBy").isNull()).as("no agent's login for an EPT").isTrue();
        assertThat(seen.get("history").findValues("by")).allMatch(JsonNode::isNull);
        assertThat(seen.get("reviews").findValues("reviewer")).allMatch(JsonNode::isNull);
        assertThat(seen.get("opinions").findValuesAsString("territoryCode")).as("not the other EPTs' opinions")
                .containsExactly("T8");
        assertThat(seenByEst.body()).doesNotContain("Avis de Plaine Commune");
        assertThat(seen.get("opinions").findValues("givenBy")).allMatch(JsonNode::isNull);
        assertThat(as("ept-est-ensemble").get("/api/calls/" + year + "/applications").body()).contains(id);
        assertThat(as("ept-grand-est").get("/api/calls/" + year + "/applications").body()).doesNotContain(id);
    }

    @Test
    void aCallBreakingTheRulesOrAnApplicationToAnUnknownOrganisationIsRefusedFieldByField() {
        int year = AaaBodies.freshYear();
        HttpResponse<String> badCall = as("dmta").postJson("/api/calls", AaaBodies.call(year)
                .replace("\"weight\":3", "\"weight\":0").replace("\"T9\":25", "\"T5\":25"));
        assertThat(badCall.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badCall.body()).get("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("grid.weight", "territoryTargets.unknownTerritory");

        assertThat(as("dmta").postJson("/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        assertThat(as("sens").postJson("/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(409);
        HttpResponse<String> unknownOrganisation = as("instructeur").postJson("/api/calls/" + year + "/applications",
                AaaBodies.application(Sirets.next(), "Projet"));
        assertThat(unknownOrganisation.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownOrganisation.body()).get("errors").get(0).get("code").asString())
                .isEqualTo("organisation.unknown");
        assertThat(as("instructeur").postJson("/api/calls/1999/applications", AaaBodies.application("x", "y"))
                .statusCode()).isEqualTo(404);
    }

    TopicProbe.Received awaitFact(String applicationId, String fact) {
        String type = "fr.essor.funding." + fact + ".v1";
        return await().atMost(Duration.ofSeconds(20)).until(() -> topic.readAll(TOPIC).stream()
                        .filter(r -> applicationId.equals(r.key()) && type.equals(r.header("ce_type"))).toList(),
                found -> !found.isEmpty()).getFirst();
    }
}
