package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The match proposals foncier publishes on {@code essor.foncier.matches}: foncier only, scored 0-100, version 1. */
class IntermediationContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MATCH = "match-proposed.v1";

    @Test
    void theExampleHonoursItsContractAndOnlyFoncierPublishesIt() {
        assertThat(CONTRACTS.violations("fr.essor.foncier." + MATCH, CONTRACTS.example(MATCH))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.roadmap." + MATCH, CONTRACTS.example(MATCH)))
                .containsExactly("ce_type producer 'roadmap' does not publish " + MATCH + " (publisher: foncier)");
    }

    @Test
    void aProposalIsVersionOneScoredFromZeroToAHundredInTheDepartement() {
        assertThat(violations(p -> p.put("version", 2))).anySatisfy(v -> assertThat(v).startsWith("$.version"));
        assertThat(violations(p -> p.put("score", 101))).anySatisfy(v -> assertThat(v).startsWith("$.score"));
        assertThat(violations(p -> p.put("score", 0))).isEmpty();
        assertThat(violations(p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
        assertThat(violations(p -> p.put("organisationId", "123")))
                .anySatisfy(v -> assertThat(v).startsWith("$.organisationId"));
        assertThat(violations(p -> p.remove("needId"))).anySatisfy(v -> assertThat(v).contains("needId"));
    }

    private static List<String> violations(Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(MATCH));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.foncier." + MATCH, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
