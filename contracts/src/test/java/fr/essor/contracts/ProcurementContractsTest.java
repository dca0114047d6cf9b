package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * procurement's facts: a joint award is one {@code contract-awarded.v1} per holder with its share, and an insertion
 * hours report carries counts by public, never a person.
 */
class ProcurementContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHoldersShareIsAboveZeroAndAtMostTheWholeContract() {
        assertThat(violations("contract-awarded.v1", p -> p.put("holderShare", 0.4).put("holderCount", 2))).isEmpty();
        assertThat(violations("contract-awarded.v1", p -> p.put("holderShare", 1.2)))
                .anySatisfy(v -> assertThat(v).startsWith("$.holderShare"));
        assertThat(violations("contract-awarded.v1", p -> p.put("holderShare", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.holderShare"));
        assertThat(violations("contract-awarded.v1", p -> p.put("holderCount", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.holderCount"));
    }

    @Test
    void theShareFieldsAreOptionalSoEarlierAwardsStayValid() {
        assertThat(violations("contract-awarded.v1", p -> p.remove(List.of("contractAmount", "holderShare",
                "holderCount")))).isEmpty();
        assertThat(violations("insertion-hours-reported.v1", p -> p.remove(List.of("hoursByPublic",
                "peopleByPublic", "periodKind", "buyerDirectorate")))).isEmpty();
    }

    @Test
    void hoursByPublicAreNonNegativeCountsOfKnownPublicsOnly() {
        assertThat(violations("insertion-hours-reported.v1",
                p -> ((ObjectNode) p.get("hoursByPublic")).put("under26", -1)))
                .anySatisfy(v -> assertThat(v).startsWith("$.hoursByPublic.under26"));
        assertThat(violations("insertion-hours-reported.v1",
                p -> ((ObjectNode) p.get("peopleByPublic")).put("lastName", 1)))
                .anySatisfy(v -> assertThat(v).contains("lastName"));
        assertThat(violations("insertion-hours-reported.v1",
                p -> ((ObjectNode) p.get("peopleByPublic")).put("rsaRecipients", 1.5)))
                .anySatisfy(v -> assertThat(v).startsWith("$.peopleByPublic.rsaRecipients"));
        assertThat(violations("insertion-hours-reported.v1", p -> p.put("hours", -0.5)))
                .anySatisfy(v -> assertThat(v).startsWith("$.hours"));
        assertThat(violations("insertion-hours-reported.v1", p -> p.put("periodKind", "WEEK")))
                .anySatisfy(v -> assertThat(v).startsWith("$.periodKind"));
    }

    private static List<String> violations(String eventType, Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(eventType));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.procurement." + eventType, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
