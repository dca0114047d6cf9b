package fr.essor.e2e.ept;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service's OpenAPI 3.1 document, as its live {@code /v3/api-docs} gives it: the only thing the EPT client knows
 * of a service. Operations are found by their {@code operationId} (or, for a URL the service hands out such as an
 * {@code opinionUrl}, by matching the document's path templates), and every JSON answer is checked against the
 * schema the document gives for that operation's success answer — strictly: a field the document does not describe
 * is a violation too, so that a drift between the document and the service fails the client.
 */
public final class ApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** Where the schemas this client derives from the document are added (names that no springdoc schema has). */
    private static final String RESPONSE_PREFIX = "EptClientResponse_";
    private static final String WEBHOOK_PREFIX = "EptClientWebhook_";

    /** An operation of the document. {@code successStatus} is its first documented 2xx answer. */
    public record Operation(String id, String method, String pathTemplate, String successStatus,
                            boolean jsonAnswer) {
    }

    private final String name;
    private final JsonNode document;
    private final Map<String, Operation> operations;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;
    private final String documentUri;

    private ApiDocument(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        this.operations = operations(document);
        this.documentUri = "https://ept-client.invalid/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "/openapi.json";
        ObjectNode checked = strict((ObjectNode) document.deepCopy());
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH).pathType(PathType.LEGACY)
                .build();
        String text = JSON.writeValueAsString(checked);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(documentUri, text)));
    }

    /**
     * Reads a document.
     *
     * @param name what the document describes (for messages), e.g. the service's base URL
     * @param json the document as served
     */
    public static ApiDocument parse(String name, String json) {
        JsonNode document = JSON.readTree(json);
        String version = document.path("openapi").asString("");
        if (!version.startsWith("3.1")) {
            throw new IllegalArgumentException(name + ": an OpenAPI 3.1 document was expected, got '" + version
                    + "'");
        }
        return new ApiDocument(name, document);
    }

    /** The operation of that id; fails naming the ids the document has, so a renamed operation is found at once. */
    public Operation operation(String operationId) {
        Operation operation = operations.get(operationId);
        if (operation == null) {
            throw new IllegalStateException(name + " has no operation '" + operationId + "' (it has "
                    + operations.keySet().stream().sorted().toList() + ")");
        }
        return operation;
    }

    /** The operation whose path template matches a path the service handed out (e.g. an {@code opinionUrl}). */
    public Optional<Operation> operationAt(String method, String path) {
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return operations.values().stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method))
                .filter(operation -> templatePattern(operation.pathTemplate()).matcher(rawPath).matches())
                .findFirst();
    }

    /** The path of an operation with its variables filled in (encoded); every variable must be given. */
    public static String expand(Operation operation, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(operation.pathTemplate());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} of "
                        + operation.pathTemplate());
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The values the document allows for a property of an operation's JSON request body (its {@code enum}). */
    public List<String> requestEnum(Operation operation, String property) {
        JsonNode body = pathItem(operation).path(operation.method()).path("requestBody").path("content");
        JsonNode schema = resolve(firstJson(body).path("schema"));
        List<String> values = new ArrayList<>();
        // a nullable code lists null among its values (OpenAPI 3.1): that is "absent", not a code
        resolve(schema.path("properties").path(property)).path("enum").forEach(v -> {
            if (v.isString()) {
                values.add(v.asString());
            }
        });
        return values;
    }

    /** The client-credentials token URL of the document's OAuth2 security scheme, if it declares one. */
    public Optional<String> clientCredentialsTokenUrl() {
        for (JsonNode scheme : document.path("components").path("securitySchemes")) {
            JsonNode url = scheme.path("flows").path("clientCredentials").path("tokenUrl");
            if (url.isString()) {
                return Optional.of(url.asString());
            }
        }
        return Optional.empty();
    }

    /** The event types the document's {@code webhooks} section describes. */
    public List<String> webhookTypes() {
        List<String> types = new ArrayList<>();
        document.path("webhooks").propertyNames().forEach(types::add);
        return types;
    }

    /**
     * What is wrong with an answer of an operation: a status the document does not give as its success answer, or
     * a body that does not match that answer's JSON schema; empty when the answer honours the document.
     */
    public List<String> violations(Operation operation, int status, String body) {
        if (!operation.successStatus().equals(String.valueOf(status))) {
            return List.of(operation.id() + " answered " + status + " where " + name + " documents "
                    + operation.successStatus());
        }
        if (!operation.jsonAnswer()) {
            return List.of();
        }
        return validate(RESPONSE_PREFIX + operation.id(), body, operation.id());
    }

    /** What is wrong with a webhook's body, checked against the schema of its type in the {@code webhooks} section. */
    public List<String> webhookViolations(String eventType, String body) {
        if (!document.path("webhooks").has(eventType)) {
            return List.of(name + " documents no webhook '" + eventType + "' (it has " + webhookTypes() + ")");
        }
        return validate(WEBHOOK_PREFIX + webhookIndex(eventType), body, "webhook " + eventType);
    }

    private List<String> validate(String component, String body, String what) {
        Schema schema = schemas.computeIfAbsent(component, key -> {
            Schema loaded = registry.getSchema(SchemaLocation.of(documentUri + "#/components/schemas/" + key));
            loaded.initializeValidators();
            return loaded;
        });
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(body, InputFormat.JSON)) {
            violations.add(what + ": " + error);
        }
        return violations;
    }

    private int webhookIndex(String eventType) {
        return webhookTypes().indexOf(eventType);
    }

    /**
     * A copy of the document for validation: each success answer's schema and each webhook's body schema as a
     * component of its own, and {@code unevaluatedProperties: false} on every object schema that lists its
     * properties, so that an undocumented field is a violation (the document's schemas do not use {@code allOf},
     * which this would break: checked here).
     */
    private ObjectNode strict(ObjectNode copy) {
        if (copy.toString().contains("\"allOf\"")) {
            throw new IllegalStateException(name + " uses allOf: the strict check of undocumented fields would "
                    + "refuse valid answers, make it allOf-aware first");
        }
        ObjectNode components = copy.withObject("/components").withObject("/schemas");
        for (Operation operation : operations.values()) {
            if (operation.jsonAnswer()) {
                JsonNode content = pathItem(copy, operation).path(operation.method()).path("responses")
                        .path(operation.successStatus()).path("content");
                components.set(RESPONSE_PREFIX + operation.id(), firstJson(content).path("schema").deepCopy());
            }
        }
        List<String> webhookTypes = new ArrayList<>();
        copy.path("webhooks").propertyNames().forEach(webhookTypes::add);
        for (int i = 0; i < webhookTypes.size(); i++) {
            JsonNode content = copy.path("webhooks").path(webhookTypes.get(i)).path("post").path("requestBody")
                    .path("content");
            components.set(WEBHOOK_PREFIX + i, firstJson(content).path("schema").deepCopy());
        }
        closeObjects(copy.path("components"));
        return copy;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.path("properties").isObject()
                    && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                String field = names.next();
                JsonNode child = object.get(field);
                if ("properties".equals(field)) {
                    // the names under "properties" are field names, not keywords: descend into each field's schema
                    child.forEach(ApiDocument::closeObjects);
                } else if (!"example".equals(field) && !"examples".equals(field) && !"enum".equals(field)
                        && !"const".equals(field) && !"default".equals(field)) {
                    closeObjects(child);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ApiDocument::closeObjects);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (ref.isString() && ref.asString().startsWith("#/")) {
            return resolve(document.at(ref.asString().substring(1)));
        }
        return schema;
    }

    private JsonNode pathItem(Operation operation) {
        return pathItem(document, operation);
    }

    private static JsonNode pathItem(JsonNode document, Operation operation) {
        return document.path("paths").path(operation.pathTemplate());
    }

    /** The schema holder of the JSON media type of a content map ({@code application/json}, {@code …+json}). */
    private static JsonNode firstJson(JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            String type = media.getKey();
            if (type.equals("application/json") || type.endsWith("+json") || type.equals("*/*")) {
                return media.getValue();
            }
        }
        return JSON.missingNode();
    }

    private static Map<String, Operation> operations(JsonNode document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isObject() || !operation.path("operationId").isString()) {
                    continue;
                }
                String success = null;
                boolean json = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("2")) {
                        success = response.getKey();
                        json = !firstJson(response.getValue().path("content")).isMissingNode();
                        break;
                    }
                }
                String id = operation.get("operationId").asString();
                if (operations.put(id, new Operation(id, method, path.getKey(), success == null ? "?" : success,
                        json)) != null) {
                    throw new IllegalStateException("operationId '" + id + "' is not unique");
                }
            }
        }
        return operations;
    }

    private static Pattern templatePattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
