package fr.essor.roadmap.ept;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import fr.essor.roadmap.indicators.IndicatorFacts;
import fr.essor.roadmap.indicators.application.Contributions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The roadmap's indicators broken down for an EPT's territory, read as a feed: the territory's value only, a value
 * brought back when a new fact changes it, each change once while facts arrive, nothing of a year only another
 * territory has facts in.
 */
@EssorIntegrationTest
class EptIndicatorValuesFeedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Call years of their own, apart from the other ITs' facts in the same store. */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @LocalServerPort
    int port;
    @Autowired
    Contributions contributions;

    private final JsonMapper json = JsonMapper.builder().build();
    private final IndicatorFacts facts = new IndicatorFacts();

    Api as(String user) {
        return Api.at(port).as(user);
    }

    EptFeedReader feed() {
        return new EptFeedReader(as("ept-est-ensemble"), "/api/ept/T8/indicator-values", "T8");
    }

    @Test
    void anEptReadsTheValuesOfItsTerritoryAndAValueComesBackWhenANewFactChangesIt() {
        int year = YEARS.incrementAndGet();
        String laureate = Sirets.next();
        grant(year, "T8", "1000", laureate);
        grant(year, "T6", "5000", Sirets.next());
        int otherYear = YEARS.incrementAndGet();
        grant(otherYear, "T6", "700", Sirets.next());
        EptFeedReader reader = feed();

        List<JsonNode> values = reader.readOnSettled();

        JsonNode amount = only(values, "aaa-amount-awarded:" + year);
        assertThat(amount.get("indicatorCode").asString()).isEqualTo("aaa-amount-awarded");
        assertThat(amount.get("label").asString()).isEqualTo("Montant attribué par l'Appel à Agir");
        assertThat(amount.get("unit").asString()).isEqualTo("EUR");
        assertThat(amount.get("kind").asString()).isEqualTo("COMPUTED");
        assertThat(amount.get("year").asInt()).isEqualTo(year);
        assertThat(amount.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(amount.get("value").decimalValue()).as("T6's grant is not T8's").isEqualByComparingTo("1000");
        assertThat(only(values, "aaa-laureates:" + year).get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(ids(values)).doesNotContain("aaa-amount-awarded:" + otherYear, "aaa-laureates:" + otherYear);
        assertThat(values.toString()).doesNotContain(laureate).doesNotContain("mleroy");

        grant(year, "T8", "250", laureate);
        grant(otherYear, "T6", "100", Sirets.next());
        List<JsonNode> changed = reader.readOnSettled();

        assertThat(ids(changed)).contains("aaa-amount-awarded:" + year, "aaa-laureates:" + year)
                .doesNotContain("aaa-amount-awarded:" + otherYear);
        assertThat(only(changed, "aaa-amount-awarded:" + year).get("value").decimalValue())
                .isEqualByComparingTo("1250");
        assertThat(only(changed, "aaa-laureates:" + year).get("value").decimalValue())
                .as("the same laureate twice is one laureate").isEqualByComparingTo("1");
        assertThat(reader.readOnSettled()).as("nothing new").isEmpty();
    }

    @Test
    void aManualValueTypedInForTheTerritoryIsOnItsFeedAndNotOnAnotherOne() {
        Api sens = as("sens");
        HttpResponse<String> created = sens.postJson("/api/indicators", """
                {"name": "Tiers-lieux ESS ouverts %s", "unit": "lieux", "periodicity": "YEARLY",
                 "byTerritory": true, "source": "Recensement SENS", "targets": {}}"""
                .formatted(IndicatorFacts.unique("feed")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        assertThat(sens.postJson("/api/indicators/" + id + "/values", """
                {"valueDate": "2025-12-31", "territoryCode": "T8", "value": 7, "target": 10,
                 "source": "Recensement SENS 2025", "comment": "Dont 3 à Montreuil"}""").statusCode())
                .isEqualTo(201);

        JsonNode value = only(feed().readOnSettled(), id + ":2025");

        assertThat(value.get("kind").asString()).isEqualTo("MANUAL");
        assertThat(value.get("unit").asString()).isEqualTo("lieux");
        assertThat(value.get("value").decimalValue()).isEqualByComparingTo("7");
        assertThat(value.toString()).doesNotContain("Montreuil").doesNotContain("\"sens\"");
        assertThat(ids(new EptFeedReader(as("ept-plaine-commune"), "/api/ept/T6/indicator-values", "T6")
                .readAll())).doesNotContain(id + ":2025");
    }

    @Test
    void valuesChangedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        feed().assertEachFactReadOnceWhileWriting(10, i -> {
            boolean estEnsemble = i % 3 != 0;
            int year = YEARS.incrementAndGet();
            grant(year, estEnsemble ? "T8" : "T6", "1500", Sirets.next());
            return new EptFeedReader.Written("aaa-amount-awarded:" + year, estEnsemble);
        }, item -> item.get("id").asString());
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsItsIndicatorValues() {
        assertThat(as("sens").get("/api/ept/T8/indicator-values").statusCode()).isEqualTo(403);
        assertThat(as("admin").get("/api/ept/T8/indicator-values").statusCode()).isEqualTo(403);
        HttpResponse<String> other = as("ept-est-ensemble").get("/api/ept/T9/indicator-values");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.at(port).get("/api/ept/T8/indicator-values").statusCode()).isEqualTo(401);
        HttpResponse<String> bad = as("ept-est-ensemble").get("/api/ept/T8/indicator-values?limit=201");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("errors").get(0).get("code").asString()).isEqualTo("limit.range");
    }

    /** Delivers a grant of the Appel à Agir and waits until roadmap has recorded it. */
    private void grant(int callYear, String territory, String amount, String organisation) {
        IndicatorFacts.Fact grant = facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", IndicatorFacts.unique("AAA-" + callYear));
            p.put("callYear", callYear);
            p.put("organisationId", organisation);
            p.put("amount", new BigDecimal(amount));
            p.put("territoryCode", territory);
            p.putArray("territoryCodes").add(territory);
        });
        facts.deliver(grant);
        await().atMost(PATIENCE).until(() -> contributions.of("aaa-amount-awarded").stream()
                .anyMatch(c -> c.eventId().equals(grant.eventId())));
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
