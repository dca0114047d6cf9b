package fr.essor.foncier.ept.web;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an EPT's systems read of foncier: their territory only, without personal data or the cell's notes, each change
 * once while others arrive.
 */
@EssorIntegrationTest
class EptFeedsIT {

    private static final String OWNER = "Madame Josiane Propriétaire";
    private static final String OFFER_NOTE = "Note interne : propriétaire joignable le soir";
    private static final String NEED_NOTE = "Note interne : trésorier en arrêt maladie";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api cell;
    private Api estEnsemble;

    @BeforeEach
    void signIn() {
        cell = Api.at(port).as("sens");
        estEnsemble = Api.at(port).as("ept-est-ensemble");
    }

    @Test
    void anEptReadsTheOffersAndNeedsOfItsTerritoryOnlyWithoutOwnersNotesOrAgents() {
        String bondyOffer = create("/api/premises/offers", offer("93010", 150));
        String saintDenisOffer = create("/api/premises/offers", offer("93066", 150));
        String organisation = registerOrganisation();
        String bondyNeed = create("/api/premises/needs", need(organisation, "93010"));
        String saintDenisNeed = create("/api/premises/needs", need(organisation, "93066"));

        List<JsonNode> offers = feed("offers").readOnSettled();
        List<JsonNode> needs = feed("needs").readOnSettled();

        assertThat(ids(offers)).contains(bondyOffer).doesNotContain(saintDenisOffer);
        assertThat(ids(needs)).contains(bondyNeed).doesNotContain(saintDenisNeed);
        offers.forEach(o -> assertThat(o.get("territoryCode").asString()).isEqualTo("T8"));
        JsonNode offer = offers.stream().filter(o -> o.get("id").asString().equals(bondyOffer)).findFirst()
                .orElseThrow();
        assertThat(offer.has("ownerName")).isFalse();
        assertThat(offer.has("notes")).isFalse();
        assertThat(offer.has("publishedBy")).isFalse();
        assertThat(offer.get("ownerType").asString()).isEqualTo("PRIVATE_OWNER");
        JsonNode need = needs.stream().filter(n -> n.get("id").asString().equals(bondyNeed)).findFirst().orElseThrow();
        assertThat(need.has("notes")).isFalse();
        assertThat(need.has("registeredBy")).isFalse();
        assertThat(need.get("organisationId").asString()).isEqualTo(organisation);
        String everything = offers.toString() + needs;
        assertThat(everything).doesNotContain(OWNER).doesNotContain(OFFER_NOTE).doesNotContain(NEED_NOTE)
                .doesNotContain("\"sens\"");
    }

    @Test
    void theChangeFeedGivesWhatChangedAfterTheCursorOldestFirstAndThenNothingWithTheSameCursor() {
        EptFeedReader changes = feed("changes");
        changes.readOnSettled();

        String offerId = create("/api/premises/offers", offer("93010", 210));
        String letOffer = offer("93010", 210).replace("\"tenure\"", "\"status\": \"WITHDRAWN\", \"tenure\"");
        HttpResponse<String> withdrawn = cell.putJson("/api/premises/offers/" + offerId, letOffer);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        String elsewhere = create("/api/premises/offers", offer("93066", 210));

        List<JsonNode> read = changes.readOnSettled();
        List<String> seen = new ArrayList<>();
        read.forEach(c -> seen.add(c.get("kind").asString() + " " + c.get("id").asString() + " "
                + c.get("change").asString() + " v" + c.get("version").asInt() + " " + c.get("status").asString()));
        assertThat(seen).containsExactly("OFFER " + offerId + " CHANGED v2 WITHDRAWN");
        assertThat(read.toString()).doesNotContain(elsewhere).doesNotContain(OWNER);

        String next = changes.next();
        JsonNode nothingNew = changes.page(next, 50);
        assertThat(nothingNew.get("items")).isEmpty();
        assertThat(nothingNew.get("next").asString()).isEqualTo(next);
        assertThat(nothingNew.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void offersPublishedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        feed("offers").assertEachFactReadOnceWhileWriting(24, i -> {
            boolean bondy = i % 3 != 0;
            return new EptFeedReader.Written(create("/api/premises/offers", offer(bondy ? "93010" : "93066", 100 + i)),
                    bondy);
        }, item -> item.get("id").asString());
    }

    @Test
    void theMergedChangeFeedPagedWhileNeedsAndOffersArriveGivesEachOnce() {
        String organisation = registerOrganisation();
        feed("changes").assertEachFactReadOnceWhileWriting(16, i -> {
            boolean bondy = i % 4 != 0;
            String commune = bondy ? "93010" : "93066";
            String id = i % 2 == 0 ? create("/api/premises/offers", offer(commune, 100 + i))
                    : create("/api/premises/needs", need(organisation, commune));
            return new EptFeedReader.Written(id, bondy);
        }, item -> item.get("id").asString());
    }

    @Test
    void theGenericPremisesApiRefusesAnotherTerritoryAndHidesOwnersAndNotesFromAnEpt() {
        String saintDenisOffer = create("/api/premises/offers", offer("93066", 120));
        String bondyOffer = create("/api/premises/offers", offer("93010", 120));
        String saintDenisNeed = create("/api/premises/needs", need(registerOrganisation(), "93066"));

        assertThat(estEnsemble.get("/api/premises/offers/" + saintDenisOffer).statusCode()).isEqualTo(403);
        assertThat(estEnsemble.get("/api/premises/offers/" + saintDenisOffer + "/matches").statusCode())
                .isEqualTo(403);
        assertThat(estEnsemble.get("/api/premises/needs/" + saintDenisNeed).statusCode()).isEqualTo(403);
        assertThat(estEnsemble.get("/api/premises/needs/" + saintDenisNeed + "/matches").statusCode())
                .isEqualTo(403);

        HttpResponse<String> own = estEnsemble.get("/api/premises/offers/" + bondyOffer);
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode read = json.readTree(own.body());
        assertThat(read.get("address").asString()).isEqualTo("3 allée des Platanes");
        assertThat(read.has("ownerName")).isFalse();
        assertThat(read.has("notes")).isFalse();
        assertThat(estEnsemble.get("/api/premises/offers?limit=1000").body()).doesNotContain(OWNER)
                .doesNotContain(OFFER_NOTE).contains(bondyOffer);
        assertThat(estEnsemble.get("/api/premises/needs?limit=1000").body()).doesNotContain(NEED_NOTE);

        JsonNode forTheCell = json.readTree(cell.get("/api/premises/offers/" + bondyOffer).body());
        assertThat(forTheCell.get("ownerName").asString()).isEqualTo(OWNER);
        assertThat(forTheCell.get("notes").asString()).isEqualTo(OFFER_NOTE);
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsItsFeedsAndBadParametersAreProblemsNamingThem() {
        assertThat(cell.get("/api/ept/T8/offers").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get("/api/ept/T8/changes").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/ept/T8/needs").statusCode()).isEqualTo(401);
        HttpResponse<String> otherTerritory = estEnsemble.get("/api/ept/T6/offers");
        assertThat(otherTerritory.statusCode()).isEqualTo(403);
        assertThat(otherTerritory.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(estEnsemble.get("/api/ept/T6/needs").statusCode()).isEqualTo(403);
        assertThat(estEnsemble.postJson("/api/premises/offers", offer("93010", 90)).statusCode()).isEqualTo(403);

        HttpResponse<String> bad = estEnsemble.get("/api/ept/T8/changes?after=hier&limit=0");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> codes = new ArrayList<>();
        json.readTree(bad.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("after.format", "limit.range");
    }

    private EptFeedReader feed(String name) {
        return new EptFeedReader(estEnsemble, "/api/ept/T8/" + name, "T8");
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }

    private String create(String path, String body) {
        HttpResponse<String> created = cell.postJson(path, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String registerOrganisation() {
        String siret = Sirets.next();
        HttpResponse<String> response = cell.postJson("/api/organisations", """
                {"siret": "%s", "name": "Fabrique Solidaire", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93010"}""".formatted(siret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return siret;
    }

    private static String offer(String communeInsee, int surface) {
        return """
                {"ownerType": "PRIVATE_OWNER", "ownerName": "%s", "address": "3 allée des Platanes",
                 "communeInsee": "%s", "surface": %d, "allowedUsages": ["OFFICES"], "rentPerSquareMetre": 120,
                 "availableFrom": "2026-07-01", "tenure": "LONG_TERM", "erpCategory": null, "accessible": true,
                 "notes": "%s"}""".formatted(OWNER, communeInsee, surface, OFFER_NOTE);
    }

    private static String need(String organisationId, String communeInsee) {
        return """
                {"organisationId": "%s", "usages": ["OFFICES"], "surfaceMin": 80, "surfaceMax": 160,
                 "communeInsees": ["%s"], "territoryCodes": [], "maxRentPerSquareMetre": 150,
                 "neededFrom": "2026-09-01", "tenure": "EITHER", "durationMonths": 24,
                 "accessibilityRequired": false, "erpRequired": false, "notes": "%s"}"""
                .formatted(organisationId, communeInsee, NEED_NOTE);
    }
}
