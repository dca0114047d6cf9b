package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The loan guarantees funding publishes (essor.funding.loan-guarantees): only funding owns them. */
class LoanGuaranteeContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRANTED = "loan-guarantee-granted.v1";

    @Test
    void theExampleHonoursItsContractAndOnlyFundingPublishesIt() {
        assertThat(CONTRACTS.violations("fr.essor.funding." + GRANTED, CONTRACTS.example(GRANTED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.procurement." + GRANTED, CONTRACTS.example(GRANTED)))
                .containsExactly("ce_type producer 'procurement' does not publish " + GRANTED + " (publisher: funding)");
    }

    @Test
    void aGuaranteeCoversAPositiveShareOfAPositiveLoanOfAKnownBorrower() {
        assertThat(violations(p -> p.put("guaranteedShare", 100.5)))
                .anySatisfy(v -> assertThat(v).startsWith("$.guaranteedShare"));
        assertThat(violations(p -> p.put("guaranteedShare", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.guaranteedShare"));
        assertThat(violations(p -> p.put("loanAmount", "200000.00")))
                .anySatisfy(v -> assertThat(v).startsWith("$.loanAmount"));
        assertThat(violations(p -> p.put("durationMonths", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.durationMonths"));
        assertThat(violations(p -> p.put("organisationId", "123")))
                .anySatisfy(v -> assertThat(v).startsWith("$.organisationId"));
        assertThat(violations(p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
        assertThat(violations(p -> p.remove("lender"))).anySatisfy(v -> assertThat(v).contains("lender"));
        assertThat(violations(p -> p.putNull("purpose"))).isEmpty();
    }

    private static List<String> violations(Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(GRANTED));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.funding." + GRANTED, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
