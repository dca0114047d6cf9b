package fr.essor.e2e;

import fr.essor.kit.testing.Sirets;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reserved contract awarded in procurement and the insertion hours reported on it move the roadmap's SPASER
 * indicators, through the real broker: {@code contract-awarded.v1} and {@code insertion-hours-reported.v1}.
 */
@EndToEnd
class ProcurementIndicatorsIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String RESERVED_AMOUNT = "reserved-contracts-amount";
    private static final String HOURS_PLANNED = "insertion-hours-planned";
    private static final String HOURS_DONE = "insertion-hours-done";

    private final EssorPlatform platform;
    private final PlatformApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ProcurementIndicatorsIT(EssorPlatform platform) {
        this.platform = platform;
        this.api = new PlatformApi(platform);
    }

    @Test
    void aReservedContractAwardedToAnSiaeAndItsReportedHoursMoveTheRoadmapsReservedAmountAndHoursDone() {
        // Montreuil (93048) belongs to EPT T8 Est Ensemble
        String siret = Sirets.next();
        NewOrganisation siae = new NewOrganisation(siret, null, "Régie de quartier " + siret.substring(8),
                "ASSOCIATION", true, "EI", "93048");
        PlatformApi.Response registered = api.register(EssorService.PROCUREMENT, "achats", siae);
        assertThat(registered.status()).as("procurement: %s", registered).isEqualTo(201);

        YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/Paris"));
        YearMonth reported = thisMonth.minusMonths(1);
        LocalDate startOn = thisMonth.minusMonths(6).atDay(1);
        LocalDate notifiedOn = startOn.minusDays(10);
        int awardYear = notifiedOn.getYear();
        int hoursYear = reported.getYear();
        BigDecimal amountBefore = value(RESERVED_AMOUNT, awardYear, "T8");
        BigDecimal plannedBefore = value(HOURS_PLANNED, awardYear, "T8");
        BigDecimal doneBefore = value(HOURS_DONE, hoursYear, "T8");

        String reference = "E2E" + Math.floorMod(System.nanoTime(), 100_000_000L);
        PlatformApi.Response opened = post("achats", "/api/contracts", """
                {"reference":"%s","lot":1,"object":"Entretien des espaces verts des collèges d'Est Ensemble",
                 "procedure":"OPEN_TENDER","cpvCode":"77310000-6","estimatedAmount":130000,"durationMonths":24,
                 "startOn":"%s","buyerDirectorate":"DBL","executionCommune":"93048","reservation":"L2113-13",
                 "socialConsiderations":["SOCIAL_CLAUSE","RESERVED_CONTRACT"],
                 "environmentalConsiderations":["ENVIRONMENTAL_CLAUSE"],"insertionHoursPlanned":800,
                 "ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}""".formatted(reference, startOn));
        assertThat(opened.status()).as("open: %s", opened).isEqualTo(201);
        String contractId = reference + "-L1";

        PlatformApi.Response awarded = post("achats", "/api/contracts/" + contractId + "/award", """
                {"holders":[{"siret":"%s","amount":123456.78}],"notifiedOn":"%s","offersReceived":2}"""
                .formatted(siret, notifiedOn));
        assertThat(awarded.status()).as("award: %s", awarded).isEqualTo(200);

        PlatformApi.Response hours = post("facilitateur", "/api/contracts/" + contractId + "/insertion-hours", """
                {"period":"%s","hours":{"rsaRecipients":100,"longTermJobseekers":50.5},
                 "people":{"rsaRecipients":2,"longTermJobseekers":1}}""".formatted(reported));
        assertThat(hours.status()).as("hours: %s", hours).isEqualTo(201);

        await("the roadmap counts the reserved contract").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(value(RESERVED_AMOUNT, awardYear, "T8"))
                        .isEqualByComparingTo(amountBefore.add(new BigDecimal("123456.78"))));
        await("the roadmap counts the hours done").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(value(HOURS_DONE, hoursYear, "T8"))
                        .isEqualByComparingTo(doneBefore.add(new BigDecimal("150.5"))));
        assertThat(value(HOURS_PLANNED, awardYear, "T8")).isEqualByComparingTo(plannedBefore.add(
                new BigDecimal("800")));

        PlatformApi.Response sources = api.get(EssorService.ROADMAP, "/api/indicators/" + RESERVED_AMOUNT
                + "/values/" + awardYear + "/sources?territory=T8", "sens");
        assertThat(sources.status()).as("sources: %s", sources).isEqualTo(200);
        assertThat(sources.body()).contains(contractId);
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

    private PlatformApi.Response post(String user, String path, String json) {
        return api.post(EssorService.PROCUREMENT, path, user, json);
    }
}
