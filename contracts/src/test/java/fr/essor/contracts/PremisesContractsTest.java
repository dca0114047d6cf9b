package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The premises needs and offers that foncier publishes on {@code essor.foncier.premises}: only foncier owns them, and
 * their schemas refuse what would mislead a matching consumer (an unknown usage, no usage, a negative rent, an ERP
 * category outside 1-5, an EPT outside the département).
 */
class PremisesContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEED = "premises-need-registered.v1";
    private static final String OFFER = "premises-offer-published.v1";

    @Test
    void theExamplesHonourTheirContractsAndOnlyFoncierPublishesThem() {
        assertThat(CONTRACTS.violations("fr.essor.foncier." + NEED, CONTRACTS.example(NEED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.foncier." + OFFER, CONTRACTS.example(OFFER))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.funding." + OFFER, CONTRACTS.example(OFFER)))
                .containsExactly("ce_type producer 'funding' does not publish " + OFFER + " (publisher: foncier)");
    }

    @Test
    void aNeedNamesAtLeastOneKnownUsage() {
        assertThat(violations(NEED, p -> p.putArray("usages"))).anySatisfy(v -> assertThat(v).startsWith("$.usages"));
        assertThat(violations(NEED, p -> p.putArray("usages").add("GARAGE")))
                .anySatisfy(v -> assertThat(v).startsWith("$.usages"));
    }

    @Test
    void aNeedWithoutBudgetOrDurationSaysSoWithNullNotByLeavingTheFieldOut() {
        assertThat(violations(NEED, p -> p.putNull("maxRentPerSquareMetre").putNull("durationMonths"))).isEmpty();
        assertThat(violations(NEED, p -> p.remove("maxRentPerSquareMetre")))
                .anySatisfy(v -> assertThat(v).contains("maxRentPerSquareMetre"));
        assertThat(violations(NEED, p -> p.put("maxRentPerSquareMetre", "90")))
                .anySatisfy(v -> assertThat(v).startsWith("$.maxRentPerSquareMetre"));
    }

    @Test
    void aNeedIsRegisteredOpenAtVersionOneWithinTheDepartement() {
        assertThat(violations(NEED, p -> p.put("status", "SATISFIED")))
                .anySatisfy(v -> assertThat(v).startsWith("$.status"));
        assertThat(violations(NEED, p -> p.put("version", 2))).anySatisfy(v -> assertThat(v).startsWith("$.version"));
        assertThat(violations(NEED, p -> p.putArray("territoryCodes").add("T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCodes"));
        assertThat(violations(NEED, p -> p.putArray("communeInsees").add("75056")))
                .anySatisfy(v -> assertThat(v).startsWith("$.communeInsees"));
    }

    @Test
    void anOfferHasAPositiveSurfaceANonNegativeRentAndAnErpCategoryFromOneToFive() {
        assertThat(violations(OFFER, p -> p.put("surface", 0))).anySatisfy(v -> assertThat(v).startsWith("$.surface"));
        assertThat(violations(OFFER, p -> p.put("rentPerSquareMetre", -1)))
                .anySatisfy(v -> assertThat(v).startsWith("$.rentPerSquareMetre"));
        assertThat(violations(OFFER, p -> p.put("rentPerSquareMetre", 0))).isEmpty();
        assertThat(violations(OFFER, p -> p.put("erpCategory", 6)))
                .anySatisfy(v -> assertThat(v).startsWith("$.erpCategory"));
        assertThat(violations(OFFER, p -> p.putNull("erpCategory"))).isEmpty();
        assertThat(violations(OFFER, p -> p.put("ownerType", "BANK")))
                .anySatisfy(v -> assertThat(v).startsWith("$.ownerType"));
    }

    @Test
    void aTemporaryOfferMayEndOnADate() {
        assertThat(violations(OFFER, p -> p.put("tenure", "TEMPORARY").put("availableUntil", "2027-06-30")))
                .isEmpty();
        assertThat(violations(OFFER, p -> p.put("availableUntil", "30/06/2027")))
                .anySatisfy(v -> assertThat(v).startsWith("$.availableUntil"));
    }

    private static List<String> violations(String eventType, Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(eventType));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.foncier." + eventType, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
