package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A lease signed through foncier's intermediation and a hub space allocated move the roadmap's computed indicators
 * (organisations housed, m² allocated at the hub) and the organisation's 360° view, through the real broker:
 * {@code lease-signed.v1} and {@code hub-space-allocated.v1}.
 */
@EndToEnd
class FoncierIndicatorsIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String HOUSED = "organisations-housed";
    private static final String HUB_AREA = "hub-area-allocated";
    private static final String HUB_SPACES = "hub-spaces-occupied";

    private final PlatformApi api;

    FoncierIndicatorsIT(EssorPlatform platform) {
        this.api = new PlatformApi(platform);
    }

    @Test
    void aSignedLeaseAndAHubAllocationMoveTheRoadmapsHousingIndicatorsAndTheOrganisations360View() {
        // Bondy (93010) belongs to EPT T8 Est Ensemble
        NewOrganisation organisation = NewOrganisation.association("Ressourcerie de Bondy", "93010");
        PlatformApi.Response registered = api.register(EssorService.FONCIER, "sens", organisation);
        assertThat(registered.status()).as("foncier: %s", registered).isEqualTo(201);
        String siret = organisation.siret();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int year = today.getYear();
        BigDecimal housedBefore = territoryValue(HOUSED, year, "T8");
        BigDecimal areaBefore = yearValue(HUB_AREA, year);
        BigDecimal spacesBefore = yearValue(HUB_SPACES, year);

        String needId = created("need", api.post(EssorService.FONCIER, "/api/premises/needs", "sens", """
                {"organisationId": "%s", "usages": ["WORKSHOP"], "surfaceMin": 100, "surfaceMax": 200,
                 "communeInsees": ["93010"], "territoryCodes": [], "maxRentPerSquareMetre": 100,
                 "neededFrom": "%s", "tenure": "EITHER", "durationMonths": 36,
                 "accessibilityRequired": false, "erpRequired": false}""".formatted(siret, today)));
        String offerId = created("offer", api.post(EssorService.FONCIER, "/api/premises/offers", "sens", """
                {"ownerType": "SOCIAL_LANDLORD", "ownerName": "Bondy Habitat", "address": "8 rue Jules Guesde",
                 "communeInsee": "93010", "surface": 160, "allowedUsages": ["WORKSHOP"],
                 "rentPerSquareMetre": 80, "availableFrom": "%s", "tenure": "LONG_TERM", "erpCategory": null,
                 "accessible": true}""".formatted(today)));
        String intermediation = created("intermediation", api.post(EssorService.FONCIER, "/api/intermediations",
                "sens", "{\"needId\": \"%s\", \"offerId\": \"%s\", \"partners\": [\"SURFACE_UTILE\"]}"
                        .formatted(needId, offerId)));
        step(intermediation, "contact", "{\"note\": \"Premier appel\"}");
        step(intermediation, "visits", "{\"date\": \"%s\", \"participants\": [\"ORGANISATION\", \"OWNER\"]}"
                .formatted(today));
        step(intermediation, "negotiation", "{\"note\": \"Loyer progressif\"}");
        JsonNode signed = step(intermediation, "lease", """
                {"startDate": "%s", "endDate": "%s", "surface": 160, "annualRent": 12800}"""
                .formatted(today, today.plusYears(3)));
        String leaseId = signed.path("lease").path("id").asString();
        assertThat(leaseId).as("lease of %s", signed).isNotBlank();

        String spaceId = created("space", api.post(EssorService.FONCIER, "/api/hub/spaces", "pole", """
                {"buildingCode": "B04", "name": "Atelier E2E", "surface": 85, "floor": "RDC", "type": "PRODUCTIVE",
                 "equipment": ["Triphasé"], "accessible": true}"""));
        String callId = created("call", api.post(EssorService.FONCIER, "/api/hub/calls", "pole", """
                {"title": "Ateliers E2E", "spaceTypes": ["PRODUCTIVE"], "criteria": ["Ancrage local"],
                 "deadline": "%s"}""".formatted(today.plusMonths(1))));
        String applicationId = created("application", api.post(EssorService.FONCIER,
                "/api/hub/calls/" + callId + "/applications", "pole", """
                {"organisationId": "%s", "title": "Ressourcerie", "intendedUse": "Atelier de réparation",
                 "wishedType": "PRODUCTIVE", "wishedSurface": 85, "startDate": "%s", "durationMonths": 24,
                 "contribution": "Ateliers ouverts aux voisins", "joinsCooperative": true}"""
                        .formatted(siret, today)));
        ok("decision", api.post(EssorService.FONCIER, "/api/hub/applications/" + applicationId + "/decision",
                "pole", "{\"status\": \"SELECTED\"}"));
        ok("allocation", api.post(EssorService.FONCIER, "/api/hub/spaces/" + spaceId + "/allocations", "pole",
                "{\"applicationId\": \"%s\", \"startDate\": \"%s\"}".formatted(applicationId, today)));

        await("the roadmap counts the organisation housed in T8").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(territoryValue(HOUSED, year, "T8")).isEqualByComparingTo(housedBefore.add(BigDecimal.ONE)));
        await("the roadmap counts the hub's allocated m²").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(yearValue(HUB_AREA, year)).isEqualByComparingTo(areaBefore.add(new BigDecimal("85"))));
        await("the roadmap counts one more hub space occupied").atMost(PROPAGATION).untilAsserted(() ->
                assertThat(yearValue(HUB_SPACES, year)).isEqualByComparingTo(spacesBefore.add(BigDecimal.ONE)));
        await("the 360° view shows the lease and the hub space").atMost(PROPAGATION).untilAsserted(() -> {
            JsonNode dealings = api.directoryEntry(siret).orElseThrow().path("dealings");
            assertThat(dealings.path("premises").toString()).contains(leaseId);
            assertThat(dealings.path("hubOccupancies").toString()).contains(spaceId);
        });
        PlatformApi.Response sources = api.get(EssorService.ROADMAP, "/api/indicators/" + HOUSED + "/values/" + year
                + "/sources?territory=T8", "sens");
        assertThat(sources.status()).as("sources: %s", sources).isEqualTo(200);
        assertThat(sources.body()).contains(leaseId);
    }

    private JsonNode step(String intermediation, String step, String body) {
        return ok(step, api.post(EssorService.FONCIER, "/api/intermediations/" + intermediation + "/" + step, "sens",
                body));
    }

    private static String created(String what, PlatformApi.Response response) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private static JsonNode ok(String what, PlatformApi.Response response) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(200);
        return response.json();
    }

    /** The indicator's computed value for a year in an EPT, zero while nothing contributed. */
    private BigDecimal territoryValue(String indicator, int year, String territory) {
        for (JsonNode t : year(indicator, year).path("territories")) {
            if (t.path("code").asString().equals(territory) && t.path("value").isNumber()) {
                return t.path("value").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    /** The indicator's computed value for a year over the département, zero while nothing contributed. */
    private BigDecimal yearValue(String indicator, int year) {
        JsonNode value = year(indicator, year).path("value");
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }

    private JsonNode year(String indicator, int year) {
        PlatformApi.Response read = api.get(EssorService.ROADMAP, "/api/indicators/" + indicator, "sens");
        assertThat(read.status()).as("indicator %s: %s", indicator, read).isEqualTo(200);
        for (JsonNode y : read.json().path("years")) {
            if (y.path("year").asInt() == year) {
                return y;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
