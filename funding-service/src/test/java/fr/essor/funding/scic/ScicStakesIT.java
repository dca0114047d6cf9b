package fr.essor.funding.scic;

import fr.essor.contracts.EventContracts;
import fr.essor.funding.scic.application.ScicPortfolio;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SCIC portfolio through the API, on the real broker: preloaded stakes, acquisitions, changes and a sale. */
@EssorIntegrationTest
class ScicStakesIT {

    static final String TOPIC = "essor.funding.scic-stakes";
    static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    ScicPortfolio portfolio;

    final TopicProbe topic = TopicProbe.ofTestInfrastructure();

    Api as(String user) {
        return Api.at(port).as(user);
    }

    /** A SCIC registered in the registry, its office in Bondy (Est Ensemble, T8); returns its SIRET. */
    String scic(String name) {
        String siret = Sirets.next();
        HttpResponse<String> registered = as("sens").postJson("/api/organisations", """
                {"siret":"%s","name":"%s","legalForm":"SCIC","esus":true,"inclusionType":null,"communeInsee":"93010"}\
                """.formatted(siret, name));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return siret;
    }

    static String acquisition(String name, String siret, String held, String capital) {
        return """
                {"scicName":"%s","organisation":"%s","shares":200,"capitalHeld":%s,"scicCapital":%s,\
                "acquiredOn":"2021-06-28","deliberationReference":"CD-2021-06-24-0112"}""".formatted(name, siret, held,
                capital);
    }

    @Test
    void theSixStakesOfTheRoadmapArePreloadedOnceWithTheirFiguresLeftUnknown() {
        JsonNode stakes = json.readTree(as("dmta").get("/api/scic-stakes").body());

        assertThat(stakes.findValuesAsString("scicName")).contains("Novaedia", "Le Relais Restauration",
                "Coop Bio Île-de-France", "MAZE", "Paysan urbain", "Label Gamelle");
        JsonNode novaedia = json.readTree(as("dmta").get("/api/scic-stakes/SCIC-NOVAEDIA").body());
        assertThat(novaedia.get("status").asString()).isEqualTo("TO_COMPLETE");
        assertThat(novaedia.get("capitalHeld").isNull()).isTrue();
        assertThat(novaedia.get("acquiredOn").isNull()).isTrue();
        assertThat(novaedia.get("version").asLong()).isZero();
        assertThat(portfolio.preloadReferenceStakes()).isZero();
        assertThat(topic.readAll(TOPIC)).noneMatch(r -> r.key().equals("SCIC-NOVAEDIA"));
    }

    @Test
    void recordingAPreloadedStakesFiguresPublishesItsAcquisitionWithTheEptOfTheScicsOffice() {
        String siret = scic("Label Gamelle");

        HttpResponse<String> completed = as("sens").putJson("/api/scic-stakes/SCIC-LABEL-GAMELLE/acquisition",
                acquisition(null, siret, "5000", "40000"));

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        JsonNode stake = json.readTree(completed.body());
        assertThat(stake.get("status").asString()).isEqualTo("HELD");
        assertThat(stake.get("sharePercent").decimalValue()).isEqualByComparingTo("12.50");
        TopicProbe.Received acquired = awaitFacts("SCIC-LABEL-GAMELLE", 1).getFirst();
        assertThat(acquired.header("ce_type")).isEqualTo("fr.essor.funding.scic-stake-acquired.v1");
        assertThat(CONTRACTS.violations(acquired.header("ce_type"), acquired.value())).isEmpty();
        JsonNode payload = json.readTree(acquired.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(acquired.header("ce_id"));
        assertThat(payload.get("organisationId").asString()).isEqualTo(siret);
        assertThat(payload.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(payload.get("version").asLong()).isEqualTo(1);
        assertThat(payload.get("recordedBy").asString()).isEqualTo("sens");
        assertThat(as("sens").get("/api/organisations/" + siret).statusCode()).isEqualTo(200);
    }

    @Test
    void aStakeTakenIncreasedReducedThenSoldPublishesFourContractValidFactsInOrder() {
        String name = "Coop des Communs " + unique();
        String siret = scic(name);
        HttpResponse<String> acquired = as("sens").postJson("/api/scic-stakes", acquisition(name, siret, "20000",
                "160000"));
        assertThat(acquired.statusCode()).as(acquired.body()).isEqualTo(201);
        String id = json.readTree(acquired.body()).get("id").asString();
        assertThat(acquired.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/scic-stakes/" + id));

        assertThat(change(id, "INCREASE", 350, "35000", "190000", "CD-2025-11-18-0204").statusCode()).isEqualTo(200);
        assertThat(change(id, "REDUCTION", 300, "30000", "190000", "CD-2026-02-10-0033").statusCode()).isEqualTo(200);
        HttpResponse<String> sold = as("sens").postJson("/api/scic-stakes/" + id + "/sale",
                "{\"soldOn\":\"2027-03-31\",\"saleAmount\":30000.00,\"deliberationReference\":\"CD-2027-03-25-0051\"}");
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(200);

        List<TopicProbe.Received> facts = awaitFacts(id, 4);
        assertThat(facts).extracting(r -> r.header("ce_type")).containsExactly(
                "fr.essor.funding.scic-stake-acquired.v1", "fr.essor.funding.scic-stake-changed.v1",
                "fr.essor.funding.scic-stake-changed.v1", "fr.essor.funding.scic-stake-sold.v1");
        for (TopicProbe.Received fact : facts) {
            assertThat(CONTRACTS.violations(fact.header("ce_type"), fact.value())).as(fact.value()).isEmpty();
            assertThat(fact.header("ce_subject")).isEqualTo(id);
        }
        assertThat(facts).extracting(r -> json.readTree(r.value()).get("version").asLong())
                .containsExactly(1L, 2L, 3L, 4L);
        JsonNode increase = json.readTree(facts.get(1).value());
        assertThat(increase.get("change").asString()).isEqualTo("INCREASE");
        assertThat(increase.get("sharePercent").decimalValue()).isEqualByComparingTo("18.42");
        assertThat(json.readTree(facts.get(3).value()).get("sharesSold").asLong()).isEqualTo(300);

        HttpResponse<String> afterSale = change(id, "INCREASE", 400, "40000", "190000", "CD-2027-05-01-0001");
        assertThat(afterSale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(afterSale.body()).get("detail").asString()).contains("« Cédée »");
    }

    @Test
    void aStakeAboveHalfOfTheCapitalAnUnknownScicOrAnotherDirectorateIsRefusedAndNothingIsStored() {
        String name = "Coop Majoritaire " + unique();
        String siret = scic(name);

        HttpResponse<String> aboveHalf = as("sens").postJson("/api/scic-stakes",
                acquisition(name, siret, "60000", "100000"));
        HttpResponse<String> unknown = as("sens").postJson("/api/scic-stakes",
                acquisition("Coop Fantôme", Sirets.next(), "1000", "100000"));
        HttpResponse<String> otherDirectorate = as("djva").putJson("/api/scic-stakes/SCIC-MAZE/governance",
                "{\"representative\":\"M. X\",\"college\":\"Collège des collectivités\"}");

        assertThat(aboveHalf.statusCode()).isEqualTo(400);
        assertThat(aboveHalf.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode error = json.readTree(aboveHalf.body()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("capitalHeld.aboveHalf");
        assertThat(error.get("message").asString()).contains("60,00 %");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("errors").get(0).get("code").asString())
                .isEqualTo("organisation.unknown");
        assertThat(otherDirectorate.statusCode()).isEqualTo(403);
        assertThat(as("sens").get("/api/scic-stakes/SCIC-" + name.toUpperCase().replace(' ', '-')).statusCode()).isEqualTo(404);
    }

    @Test
    void theRepresentativeCollegeAndGeneralMeetingsAreKeptWithWhoRecordedThem() {
        HttpResponse<String> appointed = as("sens").putJson("/api/scic-stakes/SCIC-MAZE/governance",
                "{\"representative\":\"Mme Dupont, conseillère départementale\",\"college\":\"Collège des collectivités publiques\"}");
        HttpResponse<String> meeting = as("sens").postJson("/api/scic-stakes/SCIC-MAZE/general-meetings",
                "{\"heldOn\":\"2025-06-12\",\"resolutions\":\"Comptes 2024 approuvés\",\"revenue\":1250000,"
                        + "\"result\":-12000.50,\"equity\":null}");

        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(200);
        JsonNode stake = json.readTree(meeting.body());
        assertThat(stake.get("college").asString()).isEqualTo("Collège des collectivités publiques");
        assertThat(stake.get("generalMeetings").get(0).get("result").decimalValue()).isEqualByComparingTo("-12000.50");
        assertThat(stake.get("history").findValuesAsString("by")).contains("sens");
        assertThat(stake.get("status").asString()).isEqualTo("TO_COMPLETE");
    }

    HttpResponse<String> change(String id, String change, int shares, String held, String capital, String ref) {
        return as("sens").postJson("/api/scic-stakes/" + id + "/changes", """
                {"change":"%s","shares":%d,"capitalHeld":%s,"scicCapital":%s,"changedOn":"2026-02-10",\
                "deliberationReference":"%s"}""".formatted(change, shares, held, capital, ref));
    }

    List<TopicProbe.Received> awaitFacts(String stakeId, int count) {
        return topic.awaitKeyed(TOPIC, stakeId, count);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();

    static String unique() {
        return String.valueOf(System.nanoTime() % 100000 + SEQ.incrementAndGet());
    }
}
