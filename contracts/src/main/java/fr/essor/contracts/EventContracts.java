package fr.essor.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * The Essor event contracts as seen from Java tests: validates a payload against the JSON Schema of its
 * CloudEvents {@code ce_type} and serves the example payload of each event type.
 *
 * <p>Plain Java on purpose (no Spring): producers call {@link #violations(String, String)} on every payload they
 * emit, consumers feed {@link #example(String)} to their tolerant readers.
 */
public final class EventContracts {

    /** Where the contract files live on the classpath. */
    public static final String CLASSPATH_ROOT = "contracts/";

    /** The {@code $id} prefix of every schema; mapped to the classpath so nothing is fetched from the network. */
    public static final String SCHEMA_ID_PREFIX = "https://contracts.essor.fr/schemas/";

    private static final List<String> EVENT_TYPES = List.of(
            "organisation-registered.v1",
            "organisation-updated.v1",
            "action-status-changed.v1",
            "indicator-value-recorded.v1",
            "quarterly-review-published.v1",
            "grant-awarded.v1",
            "application-submitted.v1",
            "application-decided.v1",
            "laureates-published.v1",
            "payment-made.v1",
            "scic-stake-acquired.v1",
            "scic-stake-changed.v1",
            "scic-stake-sold.v1",
            "loan-guarantee-granted.v1",
            "contract-awarded.v1",
            "insertion-hours-reported.v1",
            "sourcing-need-published.v1",
            "match-proposed.v1",
            "lease-signed.v1",
            "lease-ended.v1",
            "hub-space-allocated.v1",
            "hub-space-vacated.v1",
            "premises-need-registered.v1",
            "premises-offer-published.v1",
            "grant-agreement-signed.v1",
            "information-requested.v1",
            "grant-report-submitted.v1",
            "grant-report-reviewed.v1");

    private static final Pattern CE_TYPE = Pattern.compile("^fr\\.essor\\.([a-z]+)\\.([a-z0-9-]+\\.v[0-9]+)$");

    // the role in which each producer knows an organisation (also pinned per channel in asyncapi.yaml)
    private static final Map<String, String> REGISTERED_AS_BY_PRODUCER = Map.of(
            "funding", "applicant",
            "procurement", "supplier",
            "foncier", "premises-seeker");

    // the one service that may publish each event type that is not an organisation event
    private static final Map<String, String> PRODUCER_BY_EVENT_TYPE = Map.ofEntries(
            Map.entry("action-status-changed.v1", "roadmap"),
            Map.entry("indicator-value-recorded.v1", "roadmap"),
            Map.entry("quarterly-review-published.v1", "roadmap"),
            Map.entry("grant-awarded.v1", "funding"),
            Map.entry("application-submitted.v1", "funding"),
            Map.entry("application-decided.v1", "funding"),
            Map.entry("laureates-published.v1", "funding"),
            Map.entry("payment-made.v1", "funding"),
            Map.entry("grant-agreement-signed.v1", "funding"),
            Map.entry("information-requested.v1", "funding"),
            Map.entry("grant-report-submitted.v1", "funding"),
            Map.entry("grant-report-reviewed.v1", "funding"),
            Map.entry("scic-stake-acquired.v1", "funding"),
            Map.entry("scic-stake-changed.v1", "funding"),
            Map.entry("scic-stake-sold.v1", "funding"),
            Map.entry("loan-guarantee-granted.v1", "funding"),
            Map.entry("contract-awarded.v1", "procurement"),
            Map.entry("insertion-hours-reported.v1", "procurement"),
            Map.entry("sourcing-need-published.v1", "procurement"),
            Map.entry("match-proposed.v1", "foncier"),
            Map.entry("lease-signed.v1", "foncier"),
            Map.entry("lease-ended.v1", "foncier"),
            Map.entry("hub-space-allocated.v1", "foncier"),
            Map.entry("hub-space-vacated.v1", "foncier"),
            Map.entry("premises-need-registered.v1", "foncier"),
            Map.entry("premises-offer-published.v1", "foncier"));

    // a payload with trailing garbage or duplicate keys would be read differently by different consumers
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, Schema> schemas;
    private final Map<String, String> examples;

    private EventContracts(Map<String, Schema> schemas, Map<String, String> examples) {
        this.schemas = schemas;
        this.examples = examples;
    }

    /** Loads every schema and example from the classpath; cheap enough to call once per test class. */
    public static EventContracts load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true) // uuid and date-time are part of the contract, not mere annotations
                .locale(Locale.ENGLISH)
                .pathType(PathType.LEGACY) // "$.siret: ..." reads better in a test failure than "/siret: ..."
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemaIdResolvers(resolvers ->
                        resolvers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:" + CLASSPATH_ROOT + "schemas/")));
        Map<String, Schema> schemas = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        for (String eventType : EVENT_TYPES) {
            Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + eventType + ".json"));
            schema.initializeValidators(); // fail now, not at the first validation, if a schema is broken
            schemas.put(eventType, schema);
            examples.put(eventType, read(CLASSPATH_ROOT + "examples/" + eventType + ".json"));
        }
        return new EventContracts(Collections.unmodifiableMap(schemas), Collections.unmodifiableMap(examples));
    }

    /** The event types (without producer), e.g. {@code organisation-registered.v1}. */
    public Set<String> eventTypes() {
        return schemas.keySet();
    }

    /**
     * Checks a payload against the contract of its CloudEvents type.
     *
     * @param ceType      the {@code ce_type} header, e.g. {@code fr.essor.funding.organisation-registered.v1}
     * @param payloadJson the record value
     * @return readable violations, sorted; empty when the payload honours the contract
     */
    public List<String> violations(String ceType, String payloadJson) {
        Matcher matcher = ceType == null ? null : CE_TYPE.matcher(ceType);
        if (matcher == null || !matcher.matches()) {
            return List.of("ce_type '" + ceType + "' is not of the form fr.essor.<service>.<event-type>.v<n>");
        }
        String producer = matcher.group(1);
        String eventType = matcher.group(2);
        Schema schema = schemas.get(eventType);
        if (schema == null) {
            return List.of("ce_type '" + ceType + "' is unknown: no contract for event type '" + eventType
                    + "' (known: " + String.join(", ", EVENT_TYPES) + ")");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(payloadJson == null ? "" : payloadJson);
        } catch (JsonProcessingException e) {
            return List.of("payload is not JSON: " + e.getOriginalMessage());
        }
        if (payload == null || payload.isMissingNode()) {
            return List.of("payload is empty");
        }
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(payload)) {
            violations.add(error.toString());
        }
        violations.addAll(producerViolations(producer, eventType, payload));
        violations.sort(Comparator.naturalOrder());
        return List.copyOf(violations);
    }

    /**
     * The example payload of an event type.
     *
     * @param eventType the type without producer, e.g. {@code organisation-registered.v1}
     * @throws IllegalArgumentException for an unknown type
     */
    public String example(String eventType) {
        String example = examples.get(eventType);
        if (example == null) {
            throw new IllegalArgumentException("No example for event type '" + eventType
                    + "' (known: " + String.join(", ", EVENT_TYPES) + ")");
        }
        return example;
    }

    private static List<String> producerViolations(String producer, String eventType, JsonNode payload) {
        if (!eventType.startsWith("organisation-")) {
            String owner = PRODUCER_BY_EVENT_TYPE.get(eventType);
            return owner == null || owner.equals(producer) ? List.of()
                    : List.of("ce_type producer '" + producer + "' does not publish " + eventType + " (publisher: "
                            + owner + ")");
        }
        String expected = REGISTERED_AS_BY_PRODUCER.get(producer);
        if (expected == null) {
            return List.of("ce_type producer '" + producer + "' does not publish organisation events (publishers: "
                    + String.join(", ", REGISTERED_AS_BY_PRODUCER.keySet().stream().sorted().toList()) + ")");
        }
        JsonNode registeredAs = payload.path("registeredAs");
        if (registeredAs.isTextual() && !registeredAs.asText().equals(expected)) {
            return List.of("$.registeredAs: must be '" + expected + "' for events of " + producer
                    + "-service, was '" + registeredAs.asText() + "'");
        }
        return List.of();
    }

    private static String read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
