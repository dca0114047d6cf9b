package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts of funding, procurement and foncier that feed the roadmap's computed indicators, and the roadmap's own
 * {@code indicator-value-recorded.v1}: each has one owner, its own topic keyed by its aggregate id, and a schema that
 * refuses what would corrupt an indicator (negative amounts, a stake above 50 %, an unknown EPT or reservation).
 */
class IndicatorFactContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "funding, grant-awarded.v1, essor.funding.applications",
            "funding, scic-stake-acquired.v1, essor.funding.scic-stakes",
            "funding, scic-stake-changed.v1, essor.funding.scic-stakes",
            "funding, scic-stake-sold.v1, essor.funding.scic-stakes",
            "procurement, contract-awarded.v1, essor.procurement.contracts",
            "procurement, insertion-hours-reported.v1, essor.procurement.contracts",
            "foncier, lease-signed.v1, essor.foncier.leases",
            "foncier, lease-ended.v1, essor.foncier.leases",
            "foncier, hub-space-allocated.v1, essor.foncier.hub",
            "foncier, hub-space-vacated.v1, essor.foncier.hub",
            "roadmap, indicator-value-recorded.v1, essor.roadmap.indicators"})
    void eachFactHasOneOwnerAndItsOwnersTopic(String owner, String eventType, String topic) throws IOException {
        assertThat(CONTRACTS.violations("fr.essor." + owner + "." + eventType, CONTRACTS.example(eventType)))
                .isEmpty();
        String intruder = owner.equals("roadmap") ? "funding" : "roadmap";
        assertThat(CONTRACTS.violations("fr.essor." + intruder + "." + eventType, CONTRACTS.example(eventType)))
                .containsExactly("ce_type producer '" + intruder + "' does not publish " + eventType
                        + " (publisher: " + owner + ")");

        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        boolean sentOnItsTopic = false;
        for (JsonNode operation : asyncApi.path("operations")) {
            JsonNode channel = asyncApi.at(operation.at("/channel/$ref").asText().substring(1));
            for (JsonNode ref : operation.path("messages")) {
                JsonNode message = asyncApi.at(asyncApi.at(ref.path("$ref").asText().substring(1))
                        .path("$ref").asText().substring(1));
                if (message.path("name").asText().equals(eventType)
                        && operation.path("action").asText().equals("send")) {
                    assertThat(operation.at("/tags/0/name").asText()).isEqualTo(owner + "-service");
                    assertThat(channel.path("address").asText()).isEqualTo(topic);
                    sentOnItsTopic = true;
                }
            }
        }
        assertThat(sentOnItsTopic).as(eventType + " sent by " + owner + " on " + topic).isTrue();
    }

    @Test
    void theRoadmapReceivesEveryUpstreamTopicThatFeedsItsIndicators() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        java.util.List<String> received = new java.util.ArrayList<>();
        asyncApi.path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals("receive")
                    && operation.at("/tags/0/name").asText().equals("roadmap-service")) {
                received.add(asyncApi.at(operation.at("/channel/$ref").asText().substring(1)).path("address").asText());
            }
        });
        assertThat(received).contains("essor.funding.applications", "essor.funding.scic-stakes",
                "essor.procurement.contracts", "essor.foncier.leases", "essor.foncier.hub");
    }

    @Test
    void amountsAreDecimalNumbersInEurosNeverStringsNorNegative() {
        assertThat(violations("funding", "grant-awarded.v1", p -> p.put("amount", "15000.00")))
                .anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations("funding", "grant-awarded.v1", p -> p.put("amount", -1)))
                .anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations("funding", "grant-awarded.v1", p -> p.put("amount", 12345.67))).isEmpty();
        assertThat(violations("procurement", "contract-awarded.v1", p -> p.put("amount", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.amount"));
    }

    @Test
    void aGrantNamesItsMainTerritoryAmongTheFourEpts() {
        assertThat(violations("funding", "grant-awarded.v1", p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
        assertThat(violations("funding", "grant-awarded.v1", p -> p.remove("qpv")))
                .anySatisfy(v -> assertThat(v).contains("qpv"));
        assertThat(violations("funding", "grant-awarded.v1", p -> p.putArray("territoryCodes")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCodes"));
    }

    @Test
    void aStakeAboveHalfTheCapitalOfTheScicIsRejected() {
        assertThat(violations("funding", "scic-stake-changed.v1", p -> p.put("sharePercent", 50.5)))
                .anySatisfy(v -> assertThat(v).startsWith("$.sharePercent"));
        assertThat(violations("funding", "scic-stake-changed.v1", p -> p.put("sharePercent", 50))).isEmpty();
        assertThat(violations("funding", "scic-stake-changed.v1", p -> p.put("version", 1)))
                .anySatisfy(v -> assertThat(v).startsWith("$.version"));
    }

    @Test
    void aReservationIsNoneOrAnArticleOfTheCodeDeLaCommandePublique() {
        for (String reservation : new String[] {"NONE", "L2113-12", "L2113-13", "L2113-15"}) {
            assertThat(violations("procurement", "contract-awarded.v1", p -> p.put("reservation", reservation)))
                    .isEmpty();
        }
        assertThat(violations("procurement", "contract-awarded.v1", p -> p.put("reservation", "L2113-14")))
                .anySatisfy(v -> assertThat(v).startsWith("$.reservation"));
        assertThat(violations("procurement", "contract-awarded.v1", p -> p.putNull("territoryCode"))).isEmpty();
    }

    @Test
    void negativeInsertionHoursAreRejected() {
        assertThat(violations("procurement", "insertion-hours-reported.v1", p -> p.put("hours", -3)))
                .anySatisfy(v -> assertThat(v).startsWith("$.hours"));
        assertThat(violations("procurement", "insertion-hours-reported.v1", p -> p.put("periodEnd", "30/06/2026")))
                .anySatisfy(v -> assertThat(v).startsWith("$.periodEnd"));
    }

    @Test
    void surfacesArePositiveSquareMetres() {
        assertThat(violations("foncier", "lease-signed.v1", p -> p.put("surface", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.surface"));
        assertThat(violations("foncier", "hub-space-allocated.v1", p -> p.put("spaceType", "OFFICE")))
                .anySatisfy(v -> assertThat(v).startsWith("$.spaceType"));
        assertThat(violations("foncier", "hub-space-vacated.v1", p -> p.remove("surface")))
                .anySatisfy(v -> assertThat(v).contains("surface"));
    }

    @Test
    void anEndedLeaseSaysWhenAndWhyWithAStableReasonCodeAndAVersionAfterItsSignature() {
        assertThat(violations("foncier", "lease-ended.v1", p -> p.put("reason", "Départ"))).anySatisfy(v ->
                assertThat(v).startsWith("$.reason"));
        assertThat(violations("foncier", "lease-ended.v1", p -> p.put("endedOn", "30/06/2028"))).anySatisfy(v ->
                assertThat(v).startsWith("$.endedOn"));
        assertThat(violations("foncier", "lease-ended.v1", p -> p.put("version", 1))).anySatisfy(v ->
                assertThat(v).startsWith("$.version"));
        assertThat(violations("foncier", "lease-ended.v1", p -> p.putNull("endDate"))).isEmpty();
    }

    @Test
    void aManualIndicatorValueMayBeForTheWholeDepartementButNeedsASource() {
        assertThat(violations("roadmap", "indicator-value-recorded.v1", p -> p.put("territoryCode", "T8")))
                .isEmpty();
        assertThat(violations("roadmap", "indicator-value-recorded.v1", p -> p.put("source", "")))
                .anySatisfy(v -> assertThat(v).startsWith("$.source"));
        assertThat(violations("roadmap", "indicator-value-recorded.v1", p -> p.remove("target")))
                .anySatisfy(v -> assertThat(v).contains("target"));
    }

    private static java.util.List<String> violations(String producer, String eventType, Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(eventType));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor." + producer + "." + eventType, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
