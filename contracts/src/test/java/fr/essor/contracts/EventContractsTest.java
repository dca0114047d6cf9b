package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventContractsTest {

    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTERED = "organisation-registered.v1";
    private static final String UPDATED = "organisation-updated.v1";
    private static final String FUNDING_REGISTERED = "fr.essor.funding.organisation-registered.v1";
    private static final String ACTION_STATUS_CHANGED = "action-status-changed.v1";
    private static final String ROADMAP_STATUS_CHANGED = "fr.essor.roadmap.action-status-changed.v1";

    @Test
    void knowsTheOrganisationEventTypes() {
        assertThat(CONTRACTS.eventTypes()).contains(REGISTERED, UPDATED);
    }

    @ParameterizedTest
    @CsvSource({
            "fr.essor.funding.organisation-registered.v1, organisation-registered.v1",
            "fr.essor.foncier.organisation-updated.v1, organisation-updated.v1"})
    void everyExampleHonoursItsContract(String ceType, String eventType) {
        assertThat(CONTRACTS.violations(ceType, CONTRACTS.example(eventType))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "funding, applicant", "procurement, supplier", "foncier, premises-seeker"})
    void eachProducerMayEmitBothTypesInItsOwnRole(String producer, String role) {
        for (String eventType : List.of(REGISTERED, UPDATED)) {
            String payload = example(eventType, p -> p.put("registeredAs", role));
            assertThat(CONTRACTS.violations("fr.essor." + producer + "." + eventType, payload))
                    .as(producer + " " + eventType).isEmpty();
        }
    }

    @Test
    void exampleSiretsCarryAValidLuhnKey() {
        for (String eventType : CONTRACTS.eventTypes()) {
            JsonNode siret = read(CONTRACTS.example(eventType)).path("siret");
            if (siret.isTextual()) {
                assertThat(luhnValid(siret.asText())).as(eventType + " siret " + siret).isTrue();
            }
        }
    }

    @Test
    void anUnknownFieldIsToleratedSoProducersCanAddFields() {
        String payload = example(REGISTERED, p -> p.put("website", "https://jardins-plaine.example"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload)).isEmpty();
    }

    @Test
    void anAssociationKnownOnlyByItsRnaIsValid() {
        String payload = example(REGISTERED, p -> p.put("siret", (String) null)
                .put("rna", "W931004567").put("organisationId", "W931004567"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload)).isEmpty();
    }

    @Test
    void aSiretThatIsNotFourteenDigitsIsRejected() {
        String payload = example(REGISTERED, p -> p.put("siret", "8412903170001A"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.siret").contains("pattern"));
    }

    @Test
    void anOrganisationWithNeitherSiretNorRnaIsRejected() {
        String payload = example(REGISTERED, p -> p.putNull("siret").putNull("rna"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).contains("$.siret").contains("string"))
                .anySatisfy(v -> assertThat(v).contains("$.rna").contains("string"));
    }

    @Test
    void anUnknownLegalFormIsRejected() {
        String payload = example(REGISTERED, p -> p.put("legalForm", "SARL"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.legalForm"));
    }

    @Test
    void aMissingNameIsRejected() {
        String payload = example(REGISTERED, p -> p.remove("name"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).contains("name").contains("required"));
    }

    @Test
    void aRequiredButNullableFieldMustStillBePresent() {
        String payload = example(REGISTERED, p -> p.remove("inclusionType"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).contains("inclusionType").contains("required"));
    }

    @Test
    void anUnknownEventTypeIsAViolation() {
        assertThat(CONTRACTS.violations("fr.essor.funding.organisation-merged.v1", CONTRACTS.example(REGISTERED)))
                .singleElement().asString().contains("unknown").contains("organisation-merged.v1");
    }

    @Test
    void aCeTypeOutsideTheEssorNamingIsAViolation() {
        assertThat(CONTRACTS.violations("OrganisationRegistered", CONTRACTS.example(REGISTERED)))
                .singleElement().asString().contains("fr.essor.<service>.<event-type>.v<n>");
        assertThat(CONTRACTS.violations(null, CONTRACTS.example(REGISTERED))).hasSize(1);
    }

    @Test
    void aProducerThatDoesNotOwnOrganisationsIsAViolation() {
        assertThat(CONTRACTS.violations("fr.essor.roadmap.organisation-registered.v1", CONTRACTS.example(REGISTERED)))
                .singleElement().asString().contains("roadmap");
    }

    @Test
    void aProducerMustUseItsOwnRole() {
        assertThat(CONTRACTS.violations("fr.essor.procurement.organisation-registered.v1",
                CONTRACTS.example(REGISTERED)))
                .containsExactly("$.registeredAs: must be 'supplier' for events of procurement-service, was 'applicant'");
    }

    @Test
    void aRegistrationIsAlwaysVersionOne() {
        String payload = example(REGISTERED, p -> p.put("version", 2));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.version"));
    }

    @Test
    void formatsAreAssertedNotMerelyAnnotated() {
        String payload = example(REGISTERED, p -> p.put("eventId", "not-a-uuid").put("occurredAt", "12/03/2026"));

        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.eventId"))
                .anySatisfy(v -> assertThat(v).startsWith("$.occurredAt"));
    }

    @Test
    void aCommuneOutsideSeineSaintDenisOrAnUnknownTerritoryIsRejected() {
        String payload = example(UPDATED, p -> p.put("communeInsee", "75056").put("territoryCode", "T1"));

        assertThat(CONTRACTS.violations("fr.essor.foncier.organisation-updated.v1", payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.communeInsee"))
                .anySatisfy(v -> assertThat(v).startsWith("$.territoryCode"));
    }

    @Test
    void aPayloadThatIsNotASingleJsonObjectIsRejected() {
        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, "{\"eventId\": ")).singleElement().asString()
                .startsWith("payload is not JSON");
        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, CONTRACTS.example(REGISTERED) + " {}")).singleElement()
                .asString().startsWith("payload is not JSON");
        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, "")).containsExactly("payload is empty");
        assertThat(CONTRACTS.violations(FUNDING_REGISTERED, "[]"))
                .anySatisfy(v -> assertThat(v).startsWith("$").contains("object"));
    }

    @Test
    void anUnknownExampleIsAnError() {
        assertThatThrownBy(() -> CONTRACTS.example("organisation-merged.v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation-merged.v1");
    }

    @Test
    void theActionStatusChangeExampleHonoursItsContract() {
        assertThat(CONTRACTS.eventTypes()).contains(ACTION_STATUS_CHANGED);
        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, CONTRACTS.example(ACTION_STATUS_CHANGED))).isEmpty();
    }

    @Test
    void onlyTheRoadmapPublishesActionStatusChanges() {
        assertThat(CONTRACTS.violations("fr.essor.funding.action-status-changed.v1",
                CONTRACTS.example(ACTION_STATUS_CHANGED))).singleElement().asString()
                .contains("funding").contains("roadmap");
    }

    @ParameterizedTest
    @CsvSource({"1.2", "1.2.3.4", "0.1.1", "A.1.1"})
    void anActionCodeThatIsNotChallengeObjectiveActionIsRejected(String code) {
        String payload = example(ACTION_STATUS_CHANGED, p -> p.put("actionCode", code));

        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.actionCode"));
    }

    @Test
    void anUnknownStatusOrAProgressOutsideZeroToHundredIsRejected() {
        String payload = example(ACTION_STATUS_CHANGED, p -> p.put("status", "EN_COURS").put("progress", 101));

        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.status"))
                .anySatisfy(v -> assertThat(v).startsWith("$.progress"));
    }

    @Test
    void aDoneActionMustBeHundredPercentDone() {
        String payload = example(ACTION_STATUS_CHANGED, p -> p.put("status", "DONE").put("progress", 80));

        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.progress"));
        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED,
                example(ACTION_STATUS_CHANGED, p -> p.put("status", "DONE").put("progress", 100)))).isEmpty();
    }

    @Test
    void aStatusChangeToTheSameStatusIsRejected() {
        String payload = example(ACTION_STATUS_CHANGED, p -> p.put("previousStatus", "IN_PROGRESS"));

        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, payload)).isNotEmpty();
    }

    @Test
    void aStatusChangeIsNeverTheFirstVersionOfAnAction() {
        String payload = example(ACTION_STATUS_CHANGED, p -> p.put("version", 1).remove("recordedBy"));

        assertThat(CONTRACTS.violations(ROADMAP_STATUS_CHANGED, payload))
                .anySatisfy(v -> assertThat(v).startsWith("$.version"))
                .anySatisfy(v -> assertThat(v).contains("recordedBy").contains("required"));
    }

    private static String example(String eventType, Consumer<ObjectNode> change) {
        ObjectNode payload = (ObjectNode) read(CONTRACTS.example(eventType));
        change.accept(payload);
        return payload.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
