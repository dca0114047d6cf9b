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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EPT feed of the payments of the grants to projects of the territory (main commune of action): one item per
 * payment, with the organisation paid (a legal entity) but never the agent who recorded it; each payment once while
 * others arrive, another territory's payments never.
 */
@EssorIntegrationTest
class EptPaymentsFeedIT {

    /** Years of their own, apart from the other ITs' calls in the same store. */
    private static final String MONTREUIL_T8 = "93048";
    private static final String SAINT_DENIS_T6 = "93066";

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

    EptFeedReader feed() {
        return new EptFeedReader(as("ept-est-ensemble"), "/api/ept/T8/payments", "T8");
    }

    @Test
    void anEptReadsEachPaymentOfTheGrantsOfItsTerritoryWithTheOrganisationPaidButNotTheAgent() {
        int year = TestYears.fresh();
        String siret = agents().callAndOrganisation(year);
        String montreuil = agents().submit(year, siret, "Atelier vélo", MONTREUIL_T8);
        String saintDenis = agents().submit(year, siret, "Atelier couture", SAINT_DENIS_T6);
        grantAndSign(year, List.of(montreuil, saintDenis));
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        pay(montreuil, "4000", today);
        pay(montreuil, "500", today);
        pay(saintDenis, "3000", today);

        List<JsonNode> payments = feed().readOnSettled();

        assertThat(ids(payments)).contains(montreuil + "-P1", montreuil + "-P2")
                .doesNotContain(saintDenis + "-P1");
        JsonNode first = payments.stream().filter(p -> p.get("id").asString().equals(montreuil + "-P1"))
                .findFirst().orElseThrow();
        assertThat(first.get("grantId").asString()).isEqualTo(montreuil);
        assertThat(first.get("callYear").asInt()).isEqualTo(year);
        assertThat(first.get("organisationId").asString()).isEqualTo(siret);
        assertThat(first.get("organisationName").asString()).isEqualTo("Recyclerie " + siret);
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("4000");
        assertThat(first.get("paidOn").asString()).isEqualTo(today.toString());
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("instalment").asInt()).isEqualTo(1);
        assertThat(first.get("instalmentTrigger").asString()).isEqualTo("SIGNATURE");
        assertThat(first.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(first.has("recordedBy")).isFalse();
        assertThat(payments.toString()).doesNotContain("\"dmta\"");
        assertThat(as("ept-plaine-commune").get("/api/ept/T6/payments").body()).doesNotContain(montreuil)
                .contains(saintDenis + "-P1");
    }

    @Test
    void paymentsMadeWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        int year = TestYears.fresh();
        String siret = agents().callAndOrganisation(year);
        String montreuil = agents().submit(year, siret, "Recyclerie", MONTREUIL_T8);
        String saintDenis = agents().submit(year, siret, "Ressourcerie", SAINT_DENIS_T6);
        grantAndSign(year, List.of(montreuil, saintDenis));
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        AtomicInteger[] ranks = {new AtomicInteger(), new AtomicInteger()};
        feed().assertEachFactReadOnceWhileWriting(12, i -> {
            boolean estEnsemble = i % 3 != 0;
            String grant = estEnsemble ? montreuil : saintDenis;
            pay(grant, "100", today);
            return new EptFeedReader.Written(grant + "-P" + ranks[estEnsemble ? 0 : 1].incrementAndGet(),
                    estEnsemble);
        }, item -> item.get("id").asString());
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsThePayments() {
        assertThat(as("sens").get("/api/ept/T8/payments").statusCode()).isEqualTo(403);
        assertThat(as("dmta").get("/api/ept/T8/payments").statusCode()).isEqualTo(403);
        HttpResponse<String> other = as("ept-est-ensemble").get("/api/ept/T6/payments");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.at(port).get("/api/ept/T8/payments").statusCode()).isEqualTo(401);
        HttpResponse<String> bad = as("ept-est-ensemble").get("/api/ept/T8/payments?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(bad.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("limit.range");
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }

    private void grantAndSign(int year, List<String> ids) {
        ids.forEach(id -> agents().toTerritoryOpinion(id, "RAS"));
        agents().grant(year, ids);
        ids.forEach(agents()::sign);
    }

    private void pay(String grant, String amount, LocalDate on) {
        HttpResponse<String> paid = as("dmta").postJson("/api/grants/" + grant + "/payments",
                "{\"instalment\":1,\"amount\":" + amount + ",\"paidOn\":\"" + on + "\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    }
}
