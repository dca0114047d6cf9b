package fr.essor.foncier.intermediation.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The renewal review of a signed lease ends in a renewal or in the lease's end, which frees the offer again. */
@EssorIntegrationTest
class LeaseEndingIT {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api cell;

    @BeforeEach
    void signIn() {
        cell = Api.at(port).as("sens");
    }

    @Test
    void aRenewedThenEarlyEndedLeasePublishesLeaseEndedAndMakesTheOfferAvailableAgain() {
        Signed lease = signLease();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(offerStatus(lease.offerId()))
                .isEqualTo("LET"));

        String later = LocalDate.now(FrenchFormat.PARIS).plusYears(3).toString();
        JsonNode renewed = json.readTree(ok(cell.postJson("/api/intermediations/" + lease.id() + "/lease/renewal",
                "{\"newEndDate\": \"%s\", \"note\": \"Accord du bailleur\"}".formatted(later))).body());
        assertThat(renewed.get("lease").get("endDate").asString()).isEqualTo(later);
        assertThat(renewed.get("lease").get("renewals").asInt()).isEqualTo(1);

        HttpResponse<String> afterTerm = cell.postJson("/api/intermediations/" + lease.id() + "/lease/end",
                "{\"endedOn\": \"%s\", \"reason\": \"ORGANISATION_LEFT\"}".formatted(
                        LocalDate.now(FrenchFormat.PARIS).plusYears(4)));
        assertThat(afterTerm.statusCode()).isEqualTo(400);
        assertThat(afterTerm.body()).contains("endedOn.afterTerm");
        HttpResponse<String> unknownReason = cell.postJson("/api/intermediations/" + lease.id() + "/lease/end",
                "{\"endedOn\": \"%s\", \"reason\": \"FIRE\"}".formatted(LocalDate.now(FrenchFormat.PARIS)));
        assertThat(unknownReason.statusCode()).isEqualTo(400);
        assertThat(unknownReason.body()).contains("endReason.unknown");
        assertThat(json.readTree(unknownReason.body()).get("errors").get(0).get("field").asString())
                .as("the body's field").isEqualTo("reason");

        String endedOn = LocalDate.now(FrenchFormat.PARIS).toString();
        JsonNode ended = json.readTree(ok(cell.postJson("/api/intermediations/" + lease.id() + "/lease/end",
                "{\"endedOn\": \"%s\", \"reason\": \"ORGANISATION_LEFT\", \"note\": \"Départ à Bobigny\"}"
                        .formatted(endedOn))).body());
        assertThat(ended.get("stage").asString()).isEqualTo("LEASE_ENDED");
        assertThat(ended.get("history").get(ended.get("history").size() - 1).get("by").asString()).isEqualTo("sens");

        List<TopicProbe.Received> records = TopicProbe.ofTestInfrastructure().awaitKeyed("essor.foncier.leases",
                lease.leaseId(), 2);
        assertThat(records).extracting(r -> r.header("ce_type")).containsExactly(
                "fr.essor.foncier.lease-signed.v1", "fr.essor.foncier.lease-ended.v1");
        TopicProbe.Received end = records.get(1);
        assertThat(CONTRACTS.violations(end.header("ce_type"), end.value())).isEmpty();
        JsonNode payload = json.readTree(end.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(end.header("ce_id"));
        assertThat(payload.get("version").asLong()).isEqualTo(3);
        assertThat(payload.get("endedOn").asString()).isEqualTo(endedOn);
        assertThat(payload.get("atTerm").asBoolean()).isFalse();
        assertThat(payload.get("reason").asString()).isEqualTo("ORGANISATION_LEFT");
        assertThat(end.value()).doesNotContain("Bobigny");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(offerStatus(lease.offerId()))
                .isEqualTo("AVAILABLE"));
        assertThat(needStatus(lease.needId())).isEqualTo("SATISFIED");
        assertThat(cell.get("/api/intermediations/renewals").body()).doesNotContain(lease.leaseId());
        HttpResponse<String> twice = cell.postJson("/api/intermediations/" + lease.id() + "/lease/end",
                "{\"endedOn\": \"%s\", \"reason\": \"MUTUAL_AGREEMENT\"}".formatted(endedOn));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(TopicProbe.ofTestInfrastructure().awaitKeyed("essor.foncier.leases", lease.leaseId(), 2))
                .hasSize(2);
    }

    @Test
    void theCellRecordsTheEndOfALeaseFromItsPageWithFrenchMessagesNextToTheFields() {
        Signed lease = signLease();
        SignedInBrowser browser = SignedInBrowser.signIn(port, "sens");
        String path = "/mises-en-relation/" + lease.id();
        assertThat(browser.page(path).body()).contains("Revue du bail : renouvellement ou fin", "Renouveler le bail",
                "Enregistrer la fin du bail");

        HttpResponse<String> refused = browser.submitMultiValued(path, path + "/fin-du-bail",
                Map.of("endedOn", List.of("31/02/2026"), "endReason", List.of("")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"endedOn-aide endedOn-erreur\"", "Date invalide : « 31/02/2026 »");

        HttpResponse<String> ended = browser.submitMultiValued(path, path + "/fin-du-bail",
                Map.of("endedOn", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR)), "endReason", List.of("MUTUAL_AGREEMENT")));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(302);
        assertThat(browser.page(path).body()).contains("Bail terminé", "Terminé par anticipation le "
                + LocalDate.now(FrenchFormat.PARIS).format(FR), "Résiliation d&#39;un commun accord", "noté par sens")
                .doesNotContain("Enregistrer la fin du bail");
    }

    private record Signed(String id, String leaseId, String needId, String offerId) {
    }

    private Signed signLease() {
        String siret = Sirets.next();
        ok201(cell.postJson("/api/organisations", """
                {"siret": "%s", "name": "Atelier du Canal", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93048"}""".formatted(siret)));
        String needId = id(cell.postJson("/api/premises/needs", IntermediationApiIT.need(siret)));
        String offerId = id(cell.postJson("/api/premises/offers", IntermediationApiIT.offer(160)));
        String id = id(cell.postJson("/api/intermediations",
                "{\"needId\": \"%s\", \"offerId\": \"%s\"}".formatted(needId, offerId)));
        ok(cell.postJson("/api/intermediations/" + id + "/contact", "{}"));
        ok(cell.postJson("/api/intermediations/" + id + "/visits", """
                {"date": "%s", "participants": ["ORGANISATION"]}""".formatted(LocalDate.now(FrenchFormat.PARIS).minusDays(1))));
        ok(cell.postJson("/api/intermediations/" + id + "/negotiation", "{}"));
        JsonNode signed = json.readTree(ok(cell.postJson("/api/intermediations/" + id + "/lease", """
                {"startDate": "%s", "endDate": "%s", "surface": 160, "annualRent": 12800}"""
                .formatted(LocalDate.now(FrenchFormat.PARIS).minusYears(2), LocalDate.now(FrenchFormat.PARIS).plusMonths(2)))).body());
        return new Signed(id, signed.get("lease").get("id").asString(), needId, offerId);
    }

    private String offerStatus(String offerId) {
        return json.readTree(cell.get("/api/premises/offers/" + offerId).body()).get("status").asString();
    }

    private String needStatus(String needId) {
        return json.readTree(cell.get("/api/premises/needs/" + needId).body()).get("status").asString();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static void ok201(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String id(HttpResponse<String> created) {
        ok201(created);
        return json.readTree(created.body()).get("id").asString();
    }
}
