package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code quarterly-review-published.v1}: only the roadmap publishes it, on {@code essor.roadmap.reviews} keyed by the
 * quarter ({@code 2026-T3}), and its schema refuses what would mislead a reader of the review.
 */
class ReviewContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "quarterly-review-published.v1";

    @Test
    void theExampleHonoursTheContractAndOnlyTheRoadmapPublishesIt() {
        assertThat(CONTRACTS.violations("fr.essor.roadmap." + TYPE, CONTRACTS.example(TYPE))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.funding." + TYPE, CONTRACTS.example(TYPE)))
                .containsExactly("ce_type producer 'funding' does not publish " + TYPE + " (publisher: roadmap)");
    }

    @Test
    void itIsSentByTheRoadmapOnTheReviewsTopicKeyedByTheQuarter() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        JsonNode operation = asyncApi.at("/operations/roadmapSendsReviewEvents");
        assertThat(operation.path("action").asText()).isEqualTo("send");
        assertThat(operation.at("/tags/0/name").asText()).isEqualTo("roadmap-service");
        assertThat(asyncApi.at("/channels/roadmapReviews/address").asText()).isEqualTo("essor.roadmap.reviews");
        JsonNode message = asyncApi.at("/components/messages/roadmapQuarterlyReviewPublished");
        assertThat(message.path("name").asText()).isEqualTo(TYPE);
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText())
                .isEqualTo("fr.essor.roadmap." + TYPE);
        String keyPattern = asyncApi.at("/components/schemas/ReviewKey/pattern").asText();
        assertThat("2026-T3").matches(keyPattern);
        assertThat("2026-T5").doesNotMatch(keyPattern);
    }

    @Test
    void aReviewIdIsAQuarterAndAQuarterIsOneToFour() {
        assertThat(violations(p -> p.put("reviewId", "2026-Q3"))).anySatisfy(v -> assertThat(v).startsWith("$.reviewId"));
        assertThat(violations(p -> p.put("quarter", 5))).anySatisfy(v -> assertThat(v).startsWith("$.quarter"));
    }

    @Test
    void aRetainedActionHasAKnownStatusAndADoneActionIsComplete() {
        assertThat(violations(p -> ((ObjectNode) p.withArray("actions").get(0)).put("status", "EN_COURS")))
                .anySatisfy(v -> assertThat(v).startsWith("$.actions[0].status"));
        assertThat(violations(p -> ((ObjectNode) p.withArray("actions").get(0)).put("status", "DONE")))
                .anySatisfy(v -> assertThat(v).startsWith("$.actions[0].progress"));
        assertThat(violations(p -> ((ObjectNode) p.withArray("actions").get(1)).remove("blocked")))
                .anySatisfy(v -> assertThat(v).contains("blocked"));
    }

    @Test
    void aPublishedReviewWasOpenedAndConsolidatedFirst() {
        assertThat(violations(p -> p.put("version", 2))).anySatisfy(v -> assertThat(v).startsWith("$.version"));
        assertThat(violations(p -> p.remove("consolidatedAt"))).anySatisfy(v -> assertThat(v).contains("consolidatedAt"));
    }

    private static List<String> violations(Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(TYPE));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.roadmap." + TYPE, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
