package fr.essor.roadmap.indicators;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The computed indicators fill themselves from the facts funding, procurement and foncier publish (sent here from the
 * contract examples), each fact counting once whatever the redeliveries; every value leads back to its facts; the
 * projection rebuilds from the topics; manual values are published as {@code indicator-value-recorded.v1}.
 */
@EssorIntegrationTest
class IndicatorsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    final IndicatorFacts facts = new IndicatorFacts();
    Api sens;

    @BeforeEach
    void signIn() {
        sens = Api.at(port).as("sens");
    }

    @Test
    void anAppelAAgirGrantRaisesTheAmountAndTheLaureatesOfItsEptForItsCallYear() {
        IndicatorFacts.Fact grant = facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", IndicatorFacts.unique("AAA-2030"));
            p.put("callYear", 2030);
            p.put("organisationId", Sirets.next());
            p.put("amount", new BigDecimal("12345.67"));
            p.put("territoryCode", "T9");
            p.putArray("territoryCodes").add("T9");
        });

        facts.deliver(grant);

        awaitValue("aaa-amount-awarded", 2030, null, "12345.67");
        assertThat(value("aaa-amount-awarded", 2030, "T9")).isEqualByComparingTo("12345.67");
        assertThat(value("aaa-amount-awarded", 2030, "T6")).isNull();
        assertThat(value("aaa-laureates", 2030, "T9")).isEqualByComparingTo("1");
        JsonNode sources = read(sens.get("/api/indicators/aaa-amount-awarded/values/2030/sources?territory=T9"));
        assertThat(sources.get("facts")).singleElement().satisfies(fact -> {
            assertThat(fact.get("eventId").asString()).isEqualTo(grant.eventId());
            assertThat(fact.get("eventType").asString()).isEqualTo("fr.essor.funding.grant-awarded.v1");
            assertThat(fact.get("aggregateId").asString()).isEqualTo(grant.key());
            assertThat(fact.get("amount").decimalValue()).isEqualByComparingTo("12345.67");
            assertThat(fact.get("occurredAt").asString()).isNotBlank();
        });
    }

    @Test
    void theSameGrantDeliveredTwiceCountsOnceAndALaureateWithTwoGrantsIsOneLaureate() {
        String laureate = Sirets.next();
        IndicatorFacts.Fact first = grant(2031, "T6", "10000", laureate);
        IndicatorFacts.Fact second = grant(2031, "T6", "5000", laureate);
        IndicatorFacts.Fact other = grant(2031, "T8", "2000", Sirets.next());

        facts.deliver(first);
        facts.deliver(first);
        facts.deliver(second);
        facts.deliver(first);
        facts.deliver(other);

        awaitValue("aaa-laureates", 2031, null, "2");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(value("aaa-amount-awarded", 2031, null)).isEqualByComparingTo("17000"));
        assertThat(value("aaa-amount-awarded", 2031, "T6")).isEqualByComparingTo("15000");
        assertThat(value("aaa-laureates", 2031, "T6")).isEqualByComparingTo("1");
        assertThat(read(sens.get("/api/indicators/aaa-amount-awarded/values/2031/sources")).get("facts"))
                .hasSize(3);
    }

    @Test
    void aScicStakeCountsAtItsLatestVersionAndAnOldVersionReplayedLateChangesNothing() {
        String stake = IndicatorFacts.unique("SCIC");
        int year = LocalDate.now(FrenchFormat.PARIS).getYear();
        IndicatorFacts.Fact acquired = facts.of("scic-stake-acquired.v1", p -> {
            p.put("stakeId", stake);
            p.put("capitalHeld", new BigDecimal("20000.00"));
            p.put("acquiredOn", year + "-01-05");
        });
        IndicatorFacts.Fact increased = facts.of("scic-stake-changed.v1", p -> {
            p.put("stakeId", stake);
            p.put("capitalHeld", new BigDecimal("35000.00"));
            p.put("changedOn", year + "-02-10");
        });

        facts.deliver(acquired);
        facts.deliver(increased);
        awaitStake("scic-capital-held", year, stake, "35000.00", 2);
        facts.deliver(acquired);
        IndicatorFacts.Fact marker = facts.of("scic-stake-acquired.v1", p -> {
            p.put("stakeId", IndicatorFacts.unique("SCIC"));
            p.put("acquiredOn", year + "-03-01");
        });
        facts.deliver(marker);
        await().atMost(PATIENCE).until(() -> stakeSource("scic-capital-held", year, marker.key()) != null);

        assertThat(stakeSource("scic-capital-held", year, stake).get("aggregateVersion").asLong()).isEqualTo(2);
        BigDecimal portfolioBefore = value("scic-portfolio", year, null);
        facts.deliver(facts.of("scic-stake-sold.v1", p -> {
            p.put("stakeId", stake);
            p.put("soldOn", year + "-04-30");
        }));
        awaitStake("scic-capital-held", year, stake, "0", 3);
        assertThat(value("scic-portfolio", year, null)).isEqualByComparingTo(portfolioBefore.subtract(BigDecimal.ONE));
    }

    @Test
    void aReservedContractAndItsReportedHoursMoveTheSpaserIndicatorsOfItsEpt() {
        String contract = IndicatorFacts.unique("MAR");
        facts.deliver(facts.of("contract-awarded.v1", p -> {
            p.put("contractId", contract);
            p.put("year", 2032);
            p.put("territoryCode", "T7");
        }));
        IndicatorFacts.Fact hours = facts.of("insertion-hours-reported.v1", p -> {
            p.put("contractId", contract);
            p.put("periodStart", "2032-04-01");
            p.put("periodEnd", "2032-06-30");
        });
        facts.deliver(hours);
        facts.deliver(hours);
        facts.deliver(facts.of("contract-awarded.v1", p -> {
            p.put("contractId", IndicatorFacts.unique("MAR"));
            p.put("year", 2032);
            p.put("reservation", "NONE");
            p.put("insertionHoursPlanned", 0);
        }));

        awaitValue("reserved-contracts-amount", 2032, "T7", "184500");
        awaitValue("insertion-hours-done", 2032, "T7", "612.5");
        assertThat(value("insertion-hours-planned", 2032, "T7")).isEqualByComparingTo("2400");
        assertThat(value("reserved-contracts-amount", 2032, null)).as("an unreserved contract is not counted")
                .isEqualByComparingTo("184500");
    }

    @Test
    void aSignedThenEndedLeaseAndAHubAllocationMoveTheFoncierIndicators() {
        int year = LocalDate.now(FrenchFormat.PARIS).getYear();
        BigDecimal housedBefore = orZero(value("organisations-housed", year, "T8"));
        String space = IndicatorFacts.unique("IRD");
        String leaseId = IndicatorFacts.unique("BAIL");
        String tenant = Sirets.next();
        facts.deliver(facts.of("lease-signed.v1", p -> {
            p.put("leaseId", leaseId);
            p.put("organisationId", tenant);
        }));
        facts.deliver(facts.of("hub-space-allocated.v1", p -> {
            p.put("spaceId", space);
            p.put("startDate", year + "-01-02");
        }));

        awaitValue("organisations-housed", year, "T8", housedBefore.add(BigDecimal.ONE).toPlainString());
        awaitStake("hub-area-allocated", year, space, "85.5", 5);
        facts.deliver(facts.of("hub-space-vacated.v1", p -> {
            p.put("spaceId", space);
            p.put("vacatedOn", year + "-01-20");
        }));
        awaitStake("hub-area-allocated", year, space, "0", 6);

        facts.deliver(facts.of("lease-ended.v1", p -> {
            p.put("leaseId", leaseId);
            p.put("organisationId", tenant);
            p.put("endedOn", year + "-01-31");
        }));
        awaitValue("organisations-housed", year, "T8", housedBefore.toPlainString());
    }

    @Test
    void theSensRecordsAManualValueWhichIsPublishedAsItsContractSays() {
        String name = "Tiers-lieux ESS ouverts " + IndicatorFacts.unique("test");
        HttpResponse<String> created = sens.postJson("/api/indicators", """
                {"name": "%s", "unit": "lieux", "periodicity": "YEARLY", "byTerritory": true,
                 "source": "Recensement SENS", "targets": {"2026": 12}}""".formatted(name));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = read(created).get("id").asString();

        HttpResponse<String> recorded = sens.postJson("/api/indicators/" + id + "/values", """
                {"valueDate": "2025-12-31", "territoryCode": "T8", "value": 7, "target": 10,
                 "source": "Recensement SENS 2025", "comment": "Dont 3 à Montreuil"}""");

        assertThat(recorded.statusCode()).isEqualTo(201);
        String eventId = read(recorded).get("valueId").asString();
        JsonNode indicator = read(sens.get("/api/indicators/" + id));
        assertThat(territoryValue(indicator, 2025, "T8")).isEqualByComparingTo("7");
        assertThat(indicator.get("recordedValues").get(0).get("recordedBy").asString()).isEqualTo("sens");
        TopicProbe.Received published = await().atMost(PATIENCE).until(() -> TopicProbe.ofTestInfrastructure()
                .readAll("essor.roadmap.indicators").stream().filter(r -> eventId.equals(r.header("ce_id")))
                .findFirst().orElse(null), r -> r != null);
        assertThat(published.header("ce_type")).isEqualTo("fr.essor.roadmap.indicator-value-recorded.v1");
        assertThat(published.header("ce_subject")).isEqualTo(id);
        assertThat(published.key()).isEqualTo(id);
        assertThat(EventContracts.load().violations(published.header("ce_type"), published.value())).isEmpty();
        assertThat(json.readTree(published.value()).get("value").decimalValue()).isEqualByComparingTo("7");
        HttpResponse<String> page = sens.page("/indicateurs/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Saisir une valeur", "name=\"_csrf\"", "Recensement SENS 2025", "31/12/2025",
                "Dont 3 à Montreuil");
        assertThat(Api.at(port).as("djva").page("/indicateurs/" + id).body())
                .contains("Recensement SENS 2025").doesNotContain("Saisir une valeur");
    }

    @Test
    void theValueFormTakesADateTypedJjMmAaaaAndMarksItsRequiredFields() {
        HttpResponse<String> created = sens.postJson("/api/indicators", """
                {"name": "%s", "unit": "lieux", "byTerritory": false, "source": "Recensement SENS"}"""
                .formatted(IndicatorFacts.unique("Lieux ouverts")));
        String id = read(created).get("id").asString();
        String path = "/indicateurs/" + id;
        SignedInBrowser browser = SignedInBrowser.withToken(port, "sens");
        String page = browser.page(path).body();
        FormMarks.assertDateField(page, "valueDate");
        assertThat(FormMarks.field(page, "valueDate")).as("today, as typed in France")
                .containsPattern("value=\"\\d{2}/\\d{2}/\\d{4}\"");
        FormMarks.assertRequired(FormMarks.form(page, path + "/valeurs"), "valueDate", "value", "source");

        HttpResponse<String> refused = browser.submit(path, path + "/valeurs",
                Map.of("valueDate", "31/06/2025", "value", "5", "source", "Relevé de juin"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).as("the bad date is answered next to its field, as it was typed")
                .contains("<p class=\"field__error\" id=\"valueDate-erreur\">Date invalide : utilisez le format "
                        + "jj/mm/aaaa.</p>")
                .containsPattern("id=\"valueDate\"[^>]*value=\"31/06/2025\"");

        HttpResponse<String> recorded = browser.submit(path, path + "/valeurs",
                Map.of("valueDate", "30/06/2025", "value", "5", "source", "Relevé de juin"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        JsonNode indicator = read(sens.get("/api/indicators/" + id));
        assertThat(indicator.get("recordedValues").get(0).get("valueDate").asString()).isEqualTo("2025-06-30");
    }

    @Test
    void onlyTheDieessAndAdministratorsWriteAndComputedIndicatorsTakeNoTypedValue() {
        String value = """
                {"valueDate": "2025-12-31", "value": 1, "source": "test"}""";
        HttpResponse<String> forbidden = Api.at(port).as("djva")
                .postJson("/api/indicators/aaa-amount-awarded/values", value);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        assertThat(sens.postJson("/api/indicators/aaa-amount-awarded/values", value).statusCode()).isEqualTo(409);

        HttpResponse<String> created = sens.postJson("/api/indicators", """
                {"name": "%s", "unit": "u", "byTerritory": false, "source": "s"}"""
                .formatted(IndicatorFacts.unique("Indicateur")));
        String id = read(created).get("id").asString();
        HttpResponse<String> invalid = sens.postJson("/api/indicators/" + id + "/values", """
                {"valueDate": "2999-01-01", "territoryCode": "T6", "value": 1}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).get("errors")).extracting(e -> e.get("code").asString())
                .contains("valueDate.future", "territoryCode.notBrokenDown", "source.required");
    }

    @Test
    void rebuildingFromTheTopicsGivesBackTheSameValuesAndDropsWhatNoFactExplains() {
        facts.deliver(grant(2033, "T6", "4200", Sirets.next()));
        awaitValue("aaa-amount-awarded", 2033, "T6", "4200");
        List<JsonNode> before = computedIndicators();
        mongo.insert(new Document("_id", "aaa-amount-awarded:forged").append("indicatorId", "aaa-amount-awarded")
                .append("eventId", "forged").append("eventType", "none").append("aggregateId", "none")
                .append("aggregateVersion", 1L).append("year", 2033).append("territoryCode", "T6")
                .append("value", "1000000").append("label", "forged").append("occurredAt", new Date()),
                "indicator_contributions");
        assertThat(value("aaa-amount-awarded", 2033, "T6")).isEqualByComparingTo("1004200");

        assertThat(sens.post("/api/indicators/rebuild", "application/json", "").statusCode()).isEqualTo(403);
        HttpResponse<String> rebuilt = Api.at(port).as("ops").post("/api/indicators/rebuild",
                "application/json", "");

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(read(rebuilt).get("replayed").asLong()).isPositive();
        assertThat(value("aaa-amount-awarded", 2033, "T6")).isEqualByComparingTo("4200");
        assertThat(computedIndicators()).isEqualTo(before);
    }

    @Test
    void thePagesShowTheChartTheTableAndTheFactsBehindAValue() {
        facts.deliver(grant(2034, "T8", "3000", Sirets.next()));
        awaitValue("aaa-amount-awarded", 2034, "T8", "3000");

        HttpResponse<String> list = sens.page("/indicateurs");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Montant attribué par l&#39;Appel à Agir", "Heures d&#39;insertion réalisées",
                "/indicateurs/hub-area-allocated");
        HttpResponse<String> page = sens.page("/indicateurs/aaa-amount-awarded");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "role=\"img\"", "Est Ensemble (T8)",
                "/indicateurs/aaa-amount-awarded/sources/2034?territoire=T8", "3\u202F000 €");
        HttpResponse<String> sources = sens.page("/indicateurs/aaa-amount-awarded/sources/2034?territoire=T8");
        assertThat(sources.statusCode()).isEqualTo(200);
        assertThat(sources.body()).contains("fr.essor.funding.grant-awarded.v1", "Est Ensemble");
        assertThat(sens.page("/").body()).contains("href=\"/indicateurs\"");
    }

    private IndicatorFacts.Fact grant(int callYear, String territory, String amount, String organisation) {
        return facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", IndicatorFacts.unique("AAA-" + callYear));
            p.put("callYear", callYear);
            p.put("organisationId", organisation);
            p.put("amount", new BigDecimal(amount));
            p.put("territoryCode", territory);
            p.putArray("territoryCodes").add(territory);
        });
    }

    private void awaitValue(String indicator, int year, String territory, String expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(value(indicator, year, territory))
                .isNotNull().isEqualByComparingTo(expected));
    }

    private void awaitStake(String indicator, int year, String aggregateId, String amount, long version) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode source = stakeSource(indicator, year, aggregateId);
            assertThat(source).isNotNull();
            assertThat(source.get("aggregateVersion").asLong()).isEqualTo(version);
            assertThat(source.get("amount").decimalValue()).isEqualByComparingTo(amount);
        });
    }

    private JsonNode stakeSource(String indicator, int year, String aggregateId) {
        for (JsonNode fact : read(sens.get("/api/indicators/" + indicator + "/values/" + year + "/sources"))
                .get("facts")) {
            if (fact.get("aggregateId").asString().equals(aggregateId)) {
                return fact;
            }
        }
        return null;
    }

    private BigDecimal value(String indicator, int year, String territory) {
        JsonNode report = read(sens.get("/api/indicators/" + indicator));
        return territory == null ? yearValue(report, year) : territoryValue(report, year, territory);
    }

    private static BigDecimal yearValue(JsonNode report, int year) {
        for (JsonNode line : report.get("years")) {
            if (line.get("year").asInt() == year) {
                return line.get("value").isNull() ? null : line.get("value").decimalValue();
            }
        }
        return null;
    }

    private static BigDecimal territoryValue(JsonNode report, int year, String territory) {
        for (JsonNode line : report.get("years")) {
            if (line.get("year").asInt() == year) {
                for (JsonNode cell : line.get("territories")) {
                    if (cell.get("code").asString().equals(territory)) {
                        return cell.get("value").isNull() ? null : cell.get("value").decimalValue();
                    }
                }
            }
        }
        return null;
    }

    private List<JsonNode> computedIndicators() {
        List<JsonNode> reports = new ArrayList<>();
        for (JsonNode summary : read(sens.get("/api/indicators"))) {
            if (summary.get("kind").asString().equals("COMPUTED")) {
                reports.add(read(sens.get("/api/indicators/" + summary.get("id").asString())).get("years"));
            }
        }
        return reports;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return json.readTree(response.body());
    }
}
