package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The application facts funding publishes on {@code essor.funding.applications}: only funding owns them, and their
 * schemas refuse what would mislead a consumer counting applications, amounts and delays.
 */
class ApplicationContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBMITTED = "application-submitted.v1";
    private static final String DECIDED = "application-decided.v1";

    @Test
    void theExamplesHonourTheirContractsAndOnlyFundingPublishesThem() {
        assertThat(CONTRACTS.violations("fr.essor.funding." + SUBMITTED, CONTRACTS.example(SUBMITTED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.funding." + DECIDED, CONTRACTS.example(DECIDED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.roadmap." + DECIDED, CONTRACTS.example(DECIDED)))
                .containsExactly("ce_type producer 'roadmap' does not publish " + DECIDED + " (publisher: funding)");
    }

    @Test
    void aSubmissionIsVersionOneWithPositiveAmountsPerYearAndNature() {
        assertThat(violations(SUBMITTED, p -> p.put("version", 2))).anySatisfy(v -> assertThat(v).startsWith("$.version"));
        assertThat(violations(SUBMITTED, p -> p.put("amountRequested", "18000")))
                .anySatisfy(v -> assertThat(v).startsWith("$.amountRequested"));
        assertThat(violations(SUBMITTED, p -> p.putArray("amountsRequested")))
                .anySatisfy(v -> assertThat(v).startsWith("$.amountsRequested"));
        assertThat(violations(SUBMITTED, p -> p.putArray("amountsRequested").addObject().put("year", 3)
                .put("nature", "OPERATING").put("amount", 10))).anySatisfy(v -> assertThat(v).contains("year"));
        assertThat(violations(SUBMITTED, p -> p.put("durationYears", 3)))
                .anySatisfy(v -> assertThat(v).startsWith("$.durationYears"));
    }

    @Test
    void aProbableDuplicateIsNamedOrNullAndTheChannelIsKnown() {
        assertThat(violations(SUBMITTED, p -> p.put("possibleDuplicateOf", "AAA-2026-0007"))).isEmpty();
        assertThat(violations(SUBMITTED, p -> p.remove("possibleDuplicateOf")))
                .anySatisfy(v -> assertThat(v).contains("possibleDuplicateOf"));
        assertThat(violations(SUBMITTED, p -> p.put("channel", "EMAIL")))
                .anySatisfy(v -> assertThat(v).startsWith("$.channel"));
        assertThat(violations(SUBMITTED, p -> p.putArray("territoryCodes").add("T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCodes"));
    }

    @Test
    void aGrantedDecisionCarriesItsAmountAndNatureARefusalNeither() {
        assertThat(violations(DECIDED, p -> p.putNull("amountGranted"))).isNotEmpty();
        assertThat(violations(DECIDED, p -> p.put("outcome", "REFUSED"))).isNotEmpty();
        assertThat(violations(DECIDED, p -> p.put("outcome", "REFUSED").putNull("amountGranted").putNull("nature")))
                .isEmpty();
        assertThat(violations(DECIDED, p -> p.put("amountGranted", 0)))
                .anySatisfy(v -> assertThat(v).startsWith("$.amountGranted"));
        assertThat(violations(DECIDED, p -> p.put("outcome", "POSTPONED")))
                .anySatisfy(v -> assertThat(v).startsWith("$.outcome"));
    }

    @Test
    void aDecisionIsJustifiedAndDated() {
        assertThat(violations(DECIDED, p -> p.put("justification", "")))
                .anySatisfy(v -> assertThat(v).startsWith("$.justification"));
        assertThat(violations(DECIDED, p -> p.put("decidedOn", "12/05/2026")))
                .anySatisfy(v -> assertThat(v).startsWith("$.decidedOn"));
        assertThat(violations(DECIDED, p -> p.remove("submittedOn")))
                .anySatisfy(v -> assertThat(v).contains("submittedOn"));
    }

    private static List<String> violations(String eventType, Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(eventType));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.funding." + eventType, payload.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
