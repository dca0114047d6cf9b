package fr.essor.procurement.ept;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import fr.essor.procurement.contracts.ProcurementFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an EPT's systems read of procurement: the sourcing needs and the awarded contracts of their territory (or of
 * the whole département), without agents nor the names of holders outside the ESS registry; each change once while
 * others arrive.
 */
@EssorIntegrationTest
class EptProcurementFeedsIT {

    private static final LocalDate ANSWER_BY = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
    private static final String SOLE_TRADER = "Jean-Michel Artisan";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    Api as(String user) {
        return Api.at(port).as(user);
    }

    EptFeedReader feed(String name) {
        return new EptFeedReader(as("ept-est-ensemble"), "/api/ept/T8/" + name, "T8");
    }

    @Test
    void anEptReadsTheSourcingNeedsOfItsTerritoryAndOfTheWholeDepartementOnly() {
        String estEnsemble = publishNeed("T8");
        String everywhere = publishNeed(null);
        String plaineCommune = publishNeed("T6");

        List<JsonNode> needs = feed("sourcing-needs").readOnSettled();

        assertThat(ids(needs)).contains(estEnsemble, everywhere).doesNotContain(plaineCommune);
        JsonNode need = needs.stream().filter(n -> n.get("id").asString().equals(estEnsemble)).findFirst()
                .orElseThrow();
        assertThat(need.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(need.get("status").asString()).isEqualTo("OPEN");
        assertThat(need.get("answerBy").asString()).isEqualTo(ANSWER_BY.toString());
        assertThat(need.has("createdBy")).isFalse();
        assertThat(needs.toString()).doesNotContain("\"achats\"");
    }

    @Test
    void sourcingNeedsPublishedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        feed("sourcing-needs").assertEachFactReadOnceWhileWriting(15, i -> {
            boolean estEnsemble = i % 3 != 0;
            return new EptFeedReader.Written(publishNeed(estEnsemble ? "T8" : "T6"), estEnsemble);
        }, item -> item.get("id").asString());
    }

    @Test
    void anEptReadsTheContractsAwardedOnItsTerritoryWithoutTheNamesOfSoleTraders() {
        String siae = ProcurementFixtures.organisation(as("achats"), "Régie de quartier Montreuil", "ASSOCIATION",
                "EI", true);
        String montreuil = awarded("93048", """
                {"holders":[{"siret":"%s","amount":120000}],"notifiedOn":"2026-01-15","offersReceived":3}"""
                .formatted(siae));
        String soleTrader = awarded("93048", """
                {"holders":[{"siret":"%s","name":"%s","amount":30000}],"notifiedOn":"2026-01-16","offersReceived":2}"""
                .formatted(Sirets.next(), SOLE_TRADER));
        String saintDenis = awarded("93066", """
                {"holders":[{"siret":"%s","amount":90000}],"notifiedOn":"2026-01-17","offersReceived":4}"""
                .formatted(siae));
        String stillOpen = open("93048");

        List<JsonNode> contracts = feed("contracts").readOnSettled();

        assertThat(ids(contracts)).contains(montreuil, soleTrader).doesNotContain(saintDenis, stillOpen);
        JsonNode contract = contracts.stream().filter(c -> c.get("id").asString().equals(montreuil)).findFirst()
                .orElseThrow();
        assertThat(contract.get("executionCommuneName").asString()).isEqualTo("Montreuil");
        assertThat(contract.get("amount").decimalValue()).isEqualByComparingTo("120000");
        assertThat(contract.get("holders").get(0).get("siret").asString()).isEqualTo(siae);
        assertThat(contract.get("holders").get(0).get("name").asString()).isEqualTo("Régie de quartier Montreuil");
        assertThat(contracts.toString()).doesNotContain(SOLE_TRADER).doesNotContain("\"achats\"");
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsItsFeedsAndAnEptWritesNothingElse() {
        for (String name : List.of("sourcing-needs", "contracts")) {
            assertThat(as("achats").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            assertThat(as("admin").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            HttpResponse<String> other = as("ept-est-ensemble").get("/api/ept/T9/" + name);
            assertThat(other.statusCode()).as(name).isEqualTo(403);
            assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(Api.at(port).get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(401);
        }
        assertThat(as("ept-est-ensemble").postJson("/api/sourcing-needs", needBody("T8")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = as("ept-est-ensemble").get("/api/ept/T8/contracts?limit=trois");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(bad.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("limit.range");
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }

    private String publishNeed(String territory) {
        HttpResponse<String> published = as("achats").postJson("/api/sourcing-needs", needBody(territory));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return json.readTree(published.body()).get("id").asString();
    }

    private static String needBody(String territory) {
        return """
                {"buyerDirectorate":"DJVA","object":"Ateliers de réparation de vélos","cpvDivision":"50",
                 "territoryCode":%s,"minAmount":10000,"maxAmount":40000,"answerBy":"%s"}"""
                .formatted(territory == null ? "null" : "\"" + territory + "\"", ANSWER_BY);
    }

    private String open(String commune) {
        String reference = ProcurementFixtures.reference();
        HttpResponse<String> opened = as("achats").postJson("/api/contracts", """
                {"reference":"%s","lot":1,"object":"Entretien des espaces verts des collèges","procedure":"OPEN_TENDER",
                 "cpvCode":"77310000-6","estimatedAmount":190000,"durationMonths":36,"startOn":"2026-05-01",
                 "buyerDirectorate":"DBL","executionCommune":"%s","reservation":"NONE",
                 "socialConsiderations":["SOCIAL_CLAUSE"],"environmentalConsiderations":[],
                 "insertionHoursPlanned":1200,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(reference, commune));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return reference + "-L1";
    }

    private String awarded(String commune, String award) {
        String id = open(commune);
        HttpResponse<String> awarded = as("achats").postJson("/api/contracts/" + id + "/award", award);
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        return id;
    }
}
