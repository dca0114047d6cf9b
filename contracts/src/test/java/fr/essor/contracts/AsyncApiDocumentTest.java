package fr.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    private static final Map<String, String> ROLE_BY_SERVICE = Map.of(
            "funding", "applicant", "procurement", "supplier", "foncier", "premises-seeker");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventContracts CONTRACTS = EventContracts.load();

    private static JsonNode asyncApi;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = resource("asyncapi.yaml")) {
            assertThat(in).as("contracts/asyncapi.yaml on the classpath").isNotNull();
            asyncApi = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(asyncApi.path("info").path("title").asText()).isNotBlank();
        assertThat(asyncApi.path("info").path("version").asText()).isNotBlank();
    }

    @Test
    void everyFileItReferencesExists() throws IOException {
        List<String> fileRefs = new ArrayList<>();
        collectRefs(asyncApi, fileRefs);
        fileRefs.removeIf(ref -> ref.startsWith("#"));

        assertThat(fileRefs).contains("./schemas/organisation-registered.v1.json",
                "./schemas/organisation-updated.v1.json", "./examples/organisation-registered.v1.json",
                "./examples/organisation-updated.v1.json");
        for (String ref : fileRefs) {
            // a reference into a file (./schemas/x.json#/properties/y) names the file before its fragment
            try (InputStream in = resource(ref.replaceFirst("^\\./", "").replaceFirst("#.*$", ""))) {
                assertThat(in).as("file referenced by " + ref).isNotNull();
            }
        }
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);
        refs.removeIf(ref -> !ref.startsWith("#"));

        assertThat(refs).isNotEmpty();
        assertThat(refs).allSatisfy(ref ->
                assertThat(asyncApi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void eachServiceHasAnOrganisationsTopicKeyedByOrganisationId() {
        for (String service : ROLE_BY_SERVICE.keySet()) {
            JsonNode channel = asyncApi.path("channels").path(service + "Organisations");
            assertThat(channel.path("address").asText()).isEqualTo("essor." + service + ".organisations");
            assertThat(channel.path("bindings").path("kafka").path("topic").asText())
                    .isEqualTo("essor." + service + ".organisations");
            assertThat(channel.path("messages").size()).isEqualTo(2);
        }
    }

    @Test
    void eachServiceSendsOnItsChannelAndTheRoadmapReceivesAllThree() {
        List<String> sent = new ArrayList<>();
        List<String> received = new ArrayList<>();
        asyncApi.path("operations").properties().forEach(operation -> {
            JsonNode value = operation.getValue();
            String channel = value.path("channel").path("$ref").asText();
            if (!channel.endsWith("Organisations")) {
                return; // the other families are checked by their own tests
            }
            String application = value.path("tags").path(0).path("name").asText();
            if (value.path("action").asText().equals("send")) {
                assertThat(channel).as(operation.getKey())
                        .isEqualTo("#/channels/" + application.replace("-service", "") + "Organisations");
                sent.add(application);
            } else {
                assertThat(value.path("action").asText()).isEqualTo("receive");
                assertThat(application).isEqualTo("roadmap-service");
                received.add(channel);
            }
        });

        assertThat(sent).containsExactlyInAnyOrder("funding-service", "procurement-service", "foncier-service");
        assertThat(received).containsExactlyInAnyOrder("#/channels/fundingOrganisations",
                "#/channels/procurementOrganisations", "#/channels/foncierOrganisations");
    }

    @Test
    void everyMessagePinsItsCloudEventTypeSourceAndPayloadSchema() {
        int messages = 0;
        for (var service : ROLE_BY_SERVICE.entrySet()) {
            for (JsonNode ref : asyncApi.path("channels").path(service.getKey() + "Organisations").path("messages")) {
                JsonNode message = asyncApi.at(ref.path("$ref").asText().substring(1));
                String eventType = message.path("name").asText();
                JsonNode pinned = message.path("headers").path("allOf").path(1).path("properties");

                assertThat(CONTRACTS.eventTypes()).contains(eventType);
                assertThat(pinned.path("ce_type").path("const").asText())
                        .isEqualTo("fr.essor." + service.getKey() + "." + eventType);
                assertThat(pinned.path("ce_source").path("const").asText()).isEqualTo("/essor/" + service.getKey());
                assertThat(message.path("headers").path("allOf").path(0).path("$ref").asText())
                        .isEqualTo("#/components/schemas/CloudEventHeaders");
                JsonNode payload = message.path("payload");
                assertThat(payload.path("schemaFormat").asText())
                        .isEqualTo("application/schema+json;version=draft-2020-12");
                assertThat(payload.path("schema").path("allOf").path(0).path("$ref").asText())
                        .isEqualTo("./schemas/" + eventType + ".json");
                assertThat(payload.path("schema").path("allOf").path(1).at("/properties/registeredAs/const").asText())
                        .isEqualTo(service.getValue());
                assertThat(message.at("/bindings/kafka/key/$ref").asText())
                        .isEqualTo("#/components/schemas/OrganisationKey");
                messages++;
            }
        }
        assertThat(messages).isEqualTo(6);
    }

    @Test
    void theCloudEventHeadersAreAllRequired() {
        JsonNode headers = asyncApi.at("/components/schemas/CloudEventHeaders");

        assertThat(headers.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "ce_specversion", "content-type");
        assertThat(headers.at("/properties/ce_specversion/const").asText()).isEqualTo("1.0");
        assertThat(headers.at("/properties/content-type/const").asText()).isEqualTo("application/json");
    }

    @Test
    void theMessageExamplesAgreeWithTheirHeadersAndContracts() throws IOException {
        java.util.Set<String> exemplified = new java.util.HashSet<>();
        for (JsonNode message : asyncApi.at("/components/messages")) {
            for (JsonNode example : message.path("examples")) {
                JsonNode headers = example.path("headers");
                String payloadJson;
                try (InputStream in = resource(example.at("/payload/$ref").asText().replaceFirst("^\\./", ""))) {
                    payloadJson = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                JsonNode payload = JSON.readTree(payloadJson);

                assertThat(headers.path("ce_type").asText())
                        .isEqualTo(message.at("/headers/allOf/1/properties/ce_type/const").asText());
                assertThat(headers.path("ce_id").asText()).isEqualTo(payload.path("eventId").asText());
                assertThat(headers.path("ce_subject").asText())
                        .isEqualTo(payload.path(aggregateIdField(message.path("name").asText())).asText());
                assertThat(headers.path("ce_time").asText()).isEqualTo(payload.path("occurredAt").asText());
                assertThat(headers.path("ce_specversion").asText()).isEqualTo("1.0");
                assertThat(CONTRACTS.violations(headers.path("ce_type").asText(), payloadJson)).isEmpty();
                exemplified.add(message.path("name").asText());
            }
        }
        assertThat(exemplified).as("event types with a message example").containsAll(CONTRACTS.eventTypes());
    }

    @Test
    void theRoleEachMessagePinsIsTheOneTheValidatorEnforces() {
        for (var service : ROLE_BY_SERVICE.entrySet()) {
            for (String eventType : CONTRACTS.eventTypes()) {
                if (!eventType.startsWith("organisation-")) {
                    continue;
                }
                ObjectNode payload = (ObjectNode) readJson(CONTRACTS.example(eventType));
                payload.put("registeredAs", service.getValue());
                String ceType = "fr.essor." + service.getKey() + "." + eventType;

                assertThat(CONTRACTS.violations(ceType, payload.toString())).as(ceType).isEmpty();
            }
        }
    }

    @Test
    void theRoadmapSendsActionStatusChangesOnItsActionsTopicKeyedByActionCode() {
        JsonNode channel = asyncApi.at("/channels/roadmapActions");
        assertThat(channel.path("address").asText()).isEqualTo("essor.roadmap.actions");
        assertThat(channel.at("/bindings/kafka/topic").asText()).isEqualTo("essor.roadmap.actions");

        JsonNode operation = asyncApi.at("/operations/roadmapSendsActionEvents");
        assertThat(operation.path("action").asText()).isEqualTo("send");
        assertThat(operation.at("/tags/0/name").asText()).isEqualTo("roadmap-service");
        assertThat(operation.at("/channel/$ref").asText()).isEqualTo("#/channels/roadmapActions");

        JsonNode message = asyncApi.at("/components/messages/roadmapActionStatusChanged");
        assertThat(message.path("name").asText()).isEqualTo("action-status-changed.v1");
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText())
                .isEqualTo("fr.essor.roadmap.action-status-changed.v1");
        assertThat(message.at("/headers/allOf/1/properties/ce_source/const").asText()).isEqualTo("/essor/roadmap");
        assertThat(message.at("/payload/schema/allOf/0/$ref").asText())
                .isEqualTo("./schemas/action-status-changed.v1.json");
        assertThat(message.at("/bindings/kafka/key/$ref").asText()).isEqualTo("#/components/schemas/ActionCodeKey");
        assertThat("1.2.3").matches(asyncApi.at("/components/schemas/ActionCodeKey/pattern").asText());
    }

    /** The payload field that holds the aggregate id, which is also the record key and the ce_subject. */
    private static String aggregateIdField(String eventType) {
        if (eventType.startsWith("organisation-")) {
            return "organisationId";
        }
        if (eventType.startsWith("action-")) {
            return "actionCode";
        }
        switch (eventType) {
            case "grant-awarded.v1", "application-submitted.v1", "application-decided.v1", "payment-made.v1",
                    "information-requested.v1", "grant-report-submitted.v1", "grant-report-reviewed.v1":
                return "applicationId";
            case "grant-agreement-signed.v1": return "agreementId";
            case "laureates-published.v1": return "sessionId";
            case "scic-stake-acquired.v1", "scic-stake-changed.v1", "scic-stake-sold.v1": return "stakeId";
            case "loan-guarantee-granted.v1": return "guaranteeId";
            case "contract-awarded.v1", "insertion-hours-reported.v1": return "contractId";
            case "match-proposed.v1": return "intermediationId";
            case "sourcing-need-published.v1": return "needId";
            case "lease-signed.v1", "lease-ended.v1": return "leaseId";
            case "hub-space-allocated.v1", "hub-space-vacated.v1": return "spaceId";
            case "premises-need-registered.v1": return "needId";
            case "premises-offer-published.v1": return "offerId";
            case "indicator-value-recorded.v1": return "indicatorId";
            case "quarterly-review-published.v1": return "reviewId";
            default: break;
        }
        throw new AssertionError("Which payload field is the aggregate id of " + eventType + "?");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String path) {
        return AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(EventContracts.CLASSPATH_ROOT + path);
    }
}
