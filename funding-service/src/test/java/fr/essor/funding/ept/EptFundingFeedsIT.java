package fr.essor.funding.ept;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an EPT's systems read of funding: the applications of their territory (awaiting their opinion, with it,
 * laureates) and the grants with their payments, without the instructors' notes; each change once while others
 * arrive.
 */
@EssorIntegrationTest
class EptFundingFeedsIT {

    /** Years of their own, apart from the other ITs' calls in the same store. */
    private static final String MONTREUIL_T8 = "93048";
    private static final String SAINT_DENIS_T6 = "93066";
    private static final String INTERNAL = "Bureau fragile, trésorier absent";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    Api as(String user) {
        return Api.at(port).as(user);
    }

    GrantFlow agents() {
        return new GrantFlow(port, json);
    }

    EptFeedReader feed(String name) {
        return new EptFeedReader(as("ept-est-ensemble"), "/api/ept/T8/" + name, "T8");
    }

    @Test
    void anEptFollowsItsApplicationsGivesItsOpinionWhereTheFeedSaysAndReadsItsLaureatesAndGrants() {
        int year = TestYears.fresh();
        String siret = agents().callAndOrganisation(year);
        String montreuil = agents().submit(year, siret, "Atelier vélo", MONTREUIL_T8);
        String saintDenis = agents().submit(year, siret, "Atelier couture", SAINT_DENIS_T6);
        agents().toTerritoryOpinion(montreuil, INTERNAL);

        List<JsonNode> all = feed("applications").readOnSettled();
        assertThat(ids(all)).contains(montreuil).doesNotContain(saintDenis);
        assertThat(all.toString()).doesNotContain(INTERNAL).doesNotContain("\"djva\"").doesNotContain("\"dmta\"")
                .doesNotContain("\"instructeur\"").doesNotContain("utilite-sociale");
        JsonNode awaiting = only(feed("applications/awaiting-opinion").readOnSettled(), montreuil);
        assertThat(awaiting.get("status").asString()).isEqualTo("TERRITORY_OPINION_REQUESTED");
        assertThat(awaiting.get("opinionRequested").asBoolean()).isTrue();
        assertThat(awaiting.get("organisationId").asString()).isEqualTo(siret);
        assertThat(awaiting.has("reviews")).isFalse();
        assertThat(awaiting.has("history")).isFalse();

        String opinionUrl = awaiting.get("opinionUrl").asString();
        assertThat(opinionUrl).isEqualTo("/api/ept/T8/applications/" + montreuil + "/opinion");
        HttpResponse<String> otherTerritory = as("ept-plaine-commune").putJson(opinionUrl,
                "{\"opinion\":\"FAVOURABLE\"}");
        assertThat(otherTerritory.statusCode()).as(otherTerritory.body()).isEqualTo(403);
        HttpResponse<String> unmotivated = as("ept-est-ensemble").putJson(opinionUrl, "{\"opinion\":\"RESERVED\"}");
        assertThat(unmotivated.statusCode()).as(unmotivated.body()).isEqualTo(400);
        assertThat(unmotivated.body()).contains("comment");
        HttpResponse<String> given = as("ept-est-ensemble").putJson(opinionUrl,
                "{\"opinion\":\"RESERVED\",\"comment\":\"Local trop petit\"}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        JsonNode answered = json.readTree(given.body());
        assertThat(answered.get("opinion").get("opinion").asString()).isEqualTo("RESERVED");
        assertThat(answered.has("reviews")).as("the EPT's answer is its own view, not the agents'").isFalse();
        assertThat(given.body()).doesNotContain(INTERNAL).doesNotContain("\"djva\"").doesNotContain("\"instructeur\"");
        assertThat(as("ept-est-ensemble").putJson("/api/ept/T8/applications/AAA-0000-9999/opinion",
                "{\"opinion\":\"FAVOURABLE\"}").statusCode()).isEqualTo(404);

        assertThat(ids(feed("applications/awaiting-opinion").readOnSettled())).doesNotContain(montreuil);
        JsonNode withOpinion = only(feed("opinions").readOnSettled(), montreuil);
        assertThat(withOpinion.get("opinion").get("opinion").asString()).isEqualTo("RESERVED");
        assertThat(withOpinion.get("opinion").get("comment").asString()).isEqualTo("Local trop petit");
        assertThat(withOpinion.get("opinionRequested").asBoolean()).isFalse();
        assertThat(withOpinion.get("opinionUrl").isNull()).isTrue();

        agents().grant(year, List.of(montreuil));
        JsonNode laureate = only(feed("laureates").readOnSettled(), montreuil);
        assertThat(laureate.get("decision").get("amount").decimalValue()).isEqualByComparingTo("15000");
        assertThat(laureate.get("decision").get("reference").asString()).isEqualTo("CD-" + year + "-12-0001");
        assertThat(laureate.toString()).doesNotContain("Projet structurant");

        LocalDate signed = LocalDate.now(FrenchFormat.PARIS);
        HttpResponse<String> signature = as("dmta").postJson("/api/grants/" + montreuil + "/signature",
                "{\"signedOn\":\"" + signed + "\"}");
        assertThat(signature.statusCode()).as(signature.body()).isEqualTo(200);
        HttpResponse<String> paid = as("dmta").postJson("/api/grants/" + montreuil + "/payments",
                "{\"instalment\":1,\"amount\":4500,\"paidOn\":\"" + signed + "\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        List<JsonNode> grants = feed("grants").readOnSettled();
        JsonNode grant = grants.stream().filter(g -> g.get("applicationId").asString().equals(montreuil))
                .findFirst().orElseThrow();
        assertThat(grant.get("signedOn").asString()).isEqualTo(signed.toString());
        assertThat(grant.get("payments").get(0).get("amount").decimalValue()).isEqualByComparingTo("4500");
        assertThat(grant.get("payments").get(0).get("paidOn").asString()).isEqualTo(signed.toString());
        assertThat(grant.get("payments").get(0).has("recordedBy")).isFalse();
        assertThat(grants.toString()).doesNotContain("\"dmta\"");
        assertThat(as("ept-plaine-commune").get("/api/ept/T6/grants").body()).doesNotContain(montreuil);
    }

    @Test
    void applicationsSubmittedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        int year = TestYears.fresh();
        String siret = agents().callAndOrganisation(year);
        feed("applications").assertEachFactReadOnceWhileWriting(15, i -> {
            boolean montreuil = i % 3 != 0;
            return new EptFeedReader.Written(agents().submit(year, siret, "Projet " + i,
                    montreuil ? MONTREUIL_T8 : SAINT_DENIS_T6), montreuil);
        }, item -> item.get("id").asString());
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsItsFeedsAndAnEptWritesNothingElse() {
        for (String name : List.of("applications", "applications/awaiting-opinion", "opinions", "laureates",
                "grants")) {
            assertThat(as("sens").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            assertThat(as("admin").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            HttpResponse<String> other = as("ept-est-ensemble").get("/api/ept/T6/" + name);
            assertThat(other.statusCode()).as(name).isEqualTo(403);
            assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(Api.at(port).get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(401);
        }
        int year = TestYears.fresh();
        assertThat(as("ept-est-ensemble").postJson("/api/calls", GrantFlow.call(year)).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = as("ept-est-ensemble").get("/api/ept/T8/applications?after=x&limit=500");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(bad.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("after.format", "limit.range");
    }

    private static JsonNode only(List<JsonNode> items, String id) {
        List<JsonNode> found = items.stream().filter(i -> i.get("id").asString().equals(id)).toList();
        assertThat(found).as(id).hasSize(1);
        return found.getFirst();
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }
}
