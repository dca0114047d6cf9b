package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The sourcing needs procurement publishes on {@code essor.procurement.sourcing}: procurement only, SIRETs matched. */
class SourcingContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEED = "sourcing-need-published.v1";

    @Test
    void theExampleHonoursItsContractAndOnlyProcurementPublishesIt() {
        assertThat(CONTRACTS.violations("fr.essor.procurement." + NEED, CONTRACTS.example(NEED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.funding." + NEED, CONTRACTS.example(NEED)))
                .containsExactly("ce_type producer 'funding' does not publish " + NEED + " (publisher: procurement)");
    }

    @Test
    void aNeedCoversTheWholeDepartementOrOneEptAndMayHaveMatchedNobody() {
        assertThat(violations(p -> p.putNull("territoryCode"))).isEmpty();
        assertThat(violations(p -> p.putArray("matchedSupplierIds"))).isEmpty();
        assertThat(violations(p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
    }

    @Test
    void aNeedIsRefusedWithABadDivisionAmountSiretOrVersion() {
        assertThat(violations(p -> p.put("cpvDivision", "775"))).anySatisfy(v -> assertThat(v).startsWith("$.cpvDivision"));
        assertThat(violations(p -> p.put("minAmount", -1))).anySatisfy(v -> assertThat(v).startsWith("$.minAmount"));
        assertThat(violations(p -> p.put("maxAmount", "90000"))).anySatisfy(v -> assertThat(v).startsWith("$.maxAmount"));
        assertThat(violations(p -> p.putArray("matchedSupplierIds").add("123")))
                .anySatisfy(v -> assertThat(v).startsWith("$.matchedSupplierIds"));
        assertThat(violations(p -> p.put("version", 2))).anySatisfy(v -> assertThat(v).startsWith("$.version"));
        assertThat(violations(p -> p.remove("answerBy"))).anySatisfy(v -> assertThat(v).contains("answerBy"));
    }

    private static List<String> violations(Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(NEED));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.procurement." + NEED, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
