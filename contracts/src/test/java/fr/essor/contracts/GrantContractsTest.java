package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The laureate lists (essor.funding.laureates) and payments (essor.funding.grants) funding publishes: only funding owns
 * them, and their schemas refuse what would mislead an EPT system or an indicator.
 */
class GrantContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAUREATES = "laureates-published.v1";
    private static final String PAYMENT = "payment-made.v1";
    private static final String SIGNED = "grant-agreement-signed.v1";
    private static final String REPORT_SUBMITTED = "grant-report-submitted.v1";
    private static final String REPORT_REVIEWED = "grant-report-reviewed.v1";

    @Test
    void theExamplesHonourTheirContractsAndOnlyFundingPublishesThem() {
        assertThat(CONTRACTS.violations("fr.essor.funding." + LAUREATES, CONTRACTS.example(LAUREATES))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.funding." + PAYMENT, CONTRACTS.example(PAYMENT))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.roadmap." + PAYMENT, CONTRACTS.example(PAYMENT)))
                .containsExactly("ce_type producer 'roadmap' does not publish " + PAYMENT + " (publisher: funding)");
    }

    @Test
    void aLaureateListIsForOneKnownEptAndMayBeEmptyButItsLaureatesAreGrantedAPositiveAmount() {
        assertThat(violations(LAUREATES, p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
        assertThat(violations(LAUREATES, p -> {
            p.putArray("laureates");
            p.put("laureateCount", 0);
            p.put("totalAmount", 0);
        })).isEmpty();
        assertThat(violations(LAUREATES, p -> ((ObjectNode) p.get("laureates").get(0)).put("amount", 0)))
                .anySatisfy(v -> assertThat(v).contains("amount"));
        assertThat(violations(LAUREATES, p -> ((ObjectNode) p.get("laureates").get(0)).put("organisationId", "123")))
                .anySatisfy(v -> assertThat(v).contains("organisationId"));
        assertThat(violations(LAUREATES, p -> p.remove("decisionReference")))
                .anySatisfy(v -> assertThat(v).contains("decisionReference"));
    }

    @Test
    void aPaymentHasAPositiveAmountAKnownTriggerAndNeverANegativeRemainder() {
        assertThat(violations(PAYMENT, p -> p.put("amount", -10))).anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations(PAYMENT, p -> p.put("amount", "4500.15")))
                .anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations(PAYMENT, p -> p.put("trigger", "WHENEVER")))
                .anySatisfy(v -> assertThat(v).startsWith("$.trigger"));
        assertThat(violations(PAYMENT, p -> p.put("remaining", -0.01)))
                .anySatisfy(v -> assertThat(v).startsWith("$.remaining"));
        assertThat(violations(PAYMENT, p -> p.put("paidOn", "01/07/2026")))
                .anySatisfy(v -> assertThat(v).startsWith("$.paidOn"));
    }

    @Test
    void anAgreementSignedIsAGrantsOrACposOnlyFundingPublishesItAndItCommitsAPositiveAmountOnADate() {
        assertThat(CONTRACTS.violations("fr.essor.funding." + SIGNED, CONTRACTS.example(SIGNED))).isEmpty();
        assertThat(CONTRACTS.violations("fr.essor.roadmap." + SIGNED, CONTRACTS.example(SIGNED)))
                .containsExactly("ce_type producer 'roadmap' does not publish " + SIGNED + " (publisher: funding)");
        assertThat(violations(SIGNED, p -> {
            p.put("kind", "GRANT_AGREEMENT");
            p.put("programme", "AAA");
            p.put("agreementId", "AAA-2026-0042");
            p.put("leadDirectorate", "DMTA");
            p.putNull("territoryCode");
        })).isEmpty();
        assertThat(violations(SIGNED, p -> p.put("kind", "LEASE"))).anySatisfy(v -> assertThat(v).startsWith("$.kind"));
        assertThat(violations(SIGNED, p -> p.put("amount", 0))).anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations(SIGNED, p -> p.put("amount", "180000.00")))
                .anySatisfy(v -> assertThat(v).startsWith("$.amount"));
        assertThat(violations(SIGNED, p -> p.put("signedOn", "02/04/2026")))
                .anySatisfy(v -> assertThat(v).startsWith("$.signedOn"));
        assertThat(violations(SIGNED, p -> p.put("territoryCode", "T5")))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
        assertThat(violations(SIGNED, p -> p.remove("decisionReference")))
                .anySatisfy(v -> assertThat(v).contains("decisionReference"));
    }

    @Test
    void aReportSentOnlineOrReviewedIsAKnownReportWithFiguresNeverNegativeAndOnlyFundingPublishesIt() {
        for (String type : List.of(REPORT_SUBMITTED, REPORT_REVIEWED)) {
            assertThat(CONTRACTS.violations("fr.essor.funding." + type, CONTRACTS.example(type))).isEmpty();
            assertThat(CONTRACTS.violations("fr.essor.foncier." + type, CONTRACTS.example(type)))
                    .containsExactly("ce_type producer 'foncier' does not publish " + type + " (publisher: funding)");
            assertThat(violations(type, p -> p.put("report", "SIGNATURE")))
                    .anySatisfy(v -> assertThat(v).startsWith("$.report"));
            assertThat(violations(type, p -> ((ObjectNode) p.get("figures")).put("notUsed", -1)))
                    .anySatisfy(v -> assertThat(v).contains("notUsed"));
            assertThat(violations(type, p -> ((ObjectNode) p.get("figures")).remove("grantUsed")))
                    .anySatisfy(v -> assertThat(v).contains("grantUsed"));
            assertThat(violations(type, p -> p.put("reportNumber", 0)))
                    .anySatisfy(v -> assertThat(v).startsWith("$.reportNumber"));
        }
        assertThat(violations(REPORT_REVIEWED, p -> {
            p.put("outcome", "ACCEPTED");
            p.putNull("refusalReason");
        })).isEmpty();
        assertThat(violations(REPORT_REVIEWED, p -> p.put("outcome", "PENDING")))
                .anySatisfy(v -> assertThat(v).startsWith("$.outcome"));
        assertThat(violations(REPORT_REVIEWED, p -> p.remove("outcome")))
                .anySatisfy(v -> assertThat(v).contains("outcome"));
    }

    private static List<String> violations(String type, Consumer<ObjectNode> change) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(CONTRACTS.example(type));
            change.accept(payload);
            return CONTRACTS.violations("fr.essor.funding." + type, JSON.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
