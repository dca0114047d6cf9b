package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A grant voted through funding's API (call → application → instruction → voting session → vote → closing) moves the
 * roadmap's Appel à Agir indicators for the call's year and the project's EPT, through the real broker:
 * {@code grant-awarded.v1}.
 */
@EndToEnd
class FundingIndicatorsIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final String AMOUNT_AWARDED = "aaa-amount-awarded";
    private static final String LAUREATES = "aaa-laureates";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EssorPlatform platform;
    private final PlatformApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FundingIndicatorsIT(EssorPlatform platform) {
        this.platform = platform;
        this.api = new PlatformApi(platform);
    }

    @Test
    void aGrantVotedInFundingRaisesTheRoadmapsAmountAwardedAndLaureatesForTheCallYearAndTheProjectsEpt() {
        // Saint-Denis (93066) belongs to EPT T6 Plaine Commune
        NewOrganisation applicant = NewOrganisation.association("Recyclerie du canal", "93066");
        PlatformApi.Response registered = api.register(EssorService.FUNDING, "dmta", applicant);
        assertThat(registered.status()).as("funding: %s", registered).isEqualTo(201);

        int year = freshCall();
        BigDecimal amountBefore = value(AMOUNT_AWARDED, year, "T6");
        BigDecimal laureatesBefore = value(LAUREATES, year, "T6");

        PlatformApi.Response created = post("/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"Atelier vélo en pied d'immeuble","summary":"Réparer des vélos",\
                "theme":"Réemploi","amounts":{"firstYearOperating":20000,"firstYearInvestment":5000},\
                "durationYears":1,"communeInsees":["93066"],"qpv":true,"projectBudget":60000,"incubation":false,\
                "receivedOn":"%s"}""".formatted(applicant.siret(), today().minusDays(2)));
        // received two days ago: the sitting of yesterday that votes it may not precede its receipt
        assertThat(created.status()).as("application: %s", created).isEqualTo(201);
        String applicationId = JSON.readTree(created.body()).get("id").asString();
        for (String step : List.of("DECLARE_ADMISSIBLE", "START_REVIEW", "REQUEST_TERRITORY_OPINION",
                "PROPOSE_FOR_VOTE")) {
            PlatformApi.Response moved = post("/api/applications/" + applicationId + "/transitions",
                    "{\"action\":\"" + step + "\"}");
            assertThat(moved.status()).as("%s: %s", step, moved).isEqualTo(200);
        }
        PlatformApi.Response session = post("/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"CD-%d-E2E-%d"}"""
                .formatted(year, today().minusDays(1), year, ThreadLocalRandom.current().nextInt(1_000_000)));
        assertThat(session.status()).as("session: %s", session).isEqualTo(201);
        String sessionId = JSON.readTree(session.body()).get("id").asString();
        PlatformApi.Response agenda = post("/api/voting-sessions/" + sessionId + "/agenda",
                "{\"applicationId\":\"" + applicationId + "\"}");
        assertThat(agenda.status()).as("agenda: %s", agenda).isEqualTo(200);
        PlatformApi.Response vote = send("PUT", "/api/voting-sessions/" + sessionId + "/votes/" + applicationId,
                "{\"outcome\":\"GRANTED\",\"amount\":18500.50,\"justification\":\"Projet structurant en QPV\"}");
        assertThat(vote.status()).as("vote: %s", vote).isEqualTo(200);
        PlatformApi.Response closed = post("/api/voting-sessions/" + sessionId + "/closing", "");
        assertThat(closed.status()).as("closing: %s", closed).isEqualTo(200);

        await("the roadmap counts the amount awarded").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(value(AMOUNT_AWARDED, year, "T6"))
                        .isEqualByComparingTo(amountBefore.add(new BigDecimal("18500.50"))));
        await("the roadmap counts one more laureate").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(value(LAUREATES, year, "T6")).isEqualByComparingTo(laureatesBefore.add(BigDecimal.ONE)));
        assertThat(value(AMOUNT_AWARDED, year, "T8")).as("another EPT is untouched").isEqualByComparingTo(
                BigDecimal.ZERO);

        PlatformApi.Response sources = api.get(EssorService.ROADMAP, "/api/indicators/" + AMOUNT_AWARDED
                + "/values/" + year + "/sources?territory=T6", "sens");
        assertThat(sources.status()).as("sources: %s", sources).isEqualTo(200);
        assertThat(sources.body()).contains(applicationId);
    }

    /** Sets up a call open today for a year no other run used (the platform's data may outlive a run). */
    private int freshCall() {
        LocalDate today = today();
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2040, 2100);
            PlatformApi.Response call = post("/api/calls", """
                    {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                    "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                    "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{}}"""
                    .formatted(year, year, today.minusDays(5), today.plusDays(5)));
            if (call.status() == 201) {
                return year;
            }
            assertThat(call.status()).as("call: %s", call).isEqualTo(409);
        }
        throw new IllegalStateException("No free call year");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** The indicator's computed value for a year in an EPT, zero while nothing contributed. */
    private BigDecimal value(String indicator, int year, String territory) {
        PlatformApi.Response read = api.get(EssorService.ROADMAP, "/api/indicators/" + indicator, "sens");
        assertThat(read.status()).as("indicator %s: %s", indicator, read).isEqualTo(200);
        for (JsonNode y : read.json().path("years")) {
            if (y.path("year").asInt() == year) {
                for (JsonNode t : y.path("territories")) {
                    if (t.path("code").asString().equals(territory) && !t.path("value").isNull()
                            && !t.path("value").isMissingNode()) {
                        return t.path("value").decimalValue();
                    }
                }
            }
        }
        return BigDecimal.ZERO;
    }

    private PlatformApi.Response post(String path, String json) {
        return send("POST", path, json);
    }

    private PlatformApi.Response send(String method, String path, String json) {
        return api.send(EssorService.FUNDING, method, path, "dmta", json);
    }
}
