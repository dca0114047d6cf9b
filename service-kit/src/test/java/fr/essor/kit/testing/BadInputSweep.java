package fr.essor.kit.testing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input, systematically (issue 15, point 7): for every POST and PUT under {@code /api/} of a service's live
 * OpenAPI document that takes a JSON body, the body's own {@code example} is mutated property by property — a wrong
 * type, a negative number, a number beyond any double ({@code 1e400}), {@code 1.5} where an integer is expected, a
 * required property missing, a 100 000-character string, an impossible date and a date centuries ahead, just beyond
 * each stated {@code maximum}, {@code minimum} and {@code maxLength}, a text off its stated {@code pattern} or out of
 * its {@code enum} — and sent
 * with an ADMIN token (ADMIN may make every write, {@code approved-write-rules.txt}). What must hold:
 * <ul>
 * <li>never a 5xx;</li>
 * <li>a 4xx is {@code application/problem+json}; a 400 lists under {@code errors} the mutated field, with a code that
 * says the real cause (a wrong type or a too-long string is not {@code .required});</li>
 * <li>an out-of-range value is refused, not stored (the contract's bounds are the service's);</li>
 * <li>nothing stored or published after a 4xx: no document of any collection changes (the event log and the
 * aggregates' outboxes {@code pendingEvents} included).</li>
 * </ul>
 * The example itself, with one unknown property added (the documents leave {@code additionalProperties} open and the
 * services ignore unknown properties), is sent last: its 2xx makes the operation judged, and its {@code Location}
 * gives the id that later operations on the same resource take as path parameter. An operation whose path needs an
 * id that no earlier create gave, or whose example is refused in this state, is skipped (only "never a 5xx" and
 * "nothing stored" are checked for it) and listed in the output.
 */
public final class BadInputSweep {

    static final int HUGE_STRING = 100_000;
    private static final String HUGE_NUMBER = "\"<1e400>\"";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Set<String> IGNORED_FIELDS = Set.of("outboxLeaseUntil", "outboxLeaseOwner");

    private final int port;
    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode document;
    private final Api api;
    private final Map<String, String> created = new LinkedHashMap<>();

    /** What the sweep found, and what it could not judge. */
    public record Report(List<String> exercised, List<String> skipped, List<String> findings, int requests,
                         List<String> unstated) {

        public String summary() {
            return "Bad-input sweep: " + requests + " requests over " + exercised.size() + " operations\n"
                    + "  exercised (valid example accepted, every mutation judged):\n    "
                    + String.join("\n    ", exercised) + "\n  partly judged or skipped:\n    "
                    + String.join("\n    ", skipped) + "\n  request-body properties whose bounds the document "
                    + "does not state (" + unstated.size() + "):\n    " + String.join("\n    ", unstated) + "\n";
        }
    }

    private record Mutation(String field, String kind, String body, Expect expect) {

        @Override
        public String toString() {
            return field + " " + kind;
        }
    }

    /** What a mutation must get once the operation is judged. */
    private enum Expect {
        /** 400 naming the field, the code not {@code .required}. */
        REFUSED_FOR_ITS_VALUE,
        /** 400 naming the field (any code). */
        REFUSED,
        /** 2xx, or a 400 naming the field. */
        ACCEPTED_OR_REFUSED,
        /** 2xx, or any 400 (an optional property left out may break a rule between fields). */
        ACCEPTED_OR_ANY_REFUSAL
    }

    private BadInputSweep(int port, MongoTemplate mongo) {
        this.port = port;
        this.mongo = mongo;
        this.api = Api.at(port).as("admin");
        HttpResponse<String> docs = api.get("/v3/api-docs");
        if (docs.statusCode() != 200) {
            throw new AssertionError("/v3/api-docs answered " + docs.statusCode());
        }
        this.document = json.readTree(docs.body());
    }

    public static Report run(int port, MongoTemplate mongo) {
        long start = System.nanoTime();
        Report report = new BadInputSweep(port, mongo).sweep();
        System.out.printf("Bad-input sweep took %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        return report;
    }

    private record Operation(String method, String template, JsonNode operation) {
        int variables() {
            Matcher matcher = VARIABLE.matcher(template);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        }
    }

    private Report sweep() {
        registerTheOrganisationsTheExamplesNameIn();
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().properties().forEach(entry -> {
                if ((entry.getKey().equals("post") || entry.getKey().equals("put"))
                        && entry.getValue().path("requestBody").path("content").has("application/json")) {
                    operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue()));
                }
            });
        });
        // creates first, so that the operations on a resource find one
        operations.sort(java.util.Comparator.comparingInt(Operation::variables).thenComparing(Operation::template)
                .thenComparing(Operation::method));
        List<String> exercised = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        java.util.Set<String> findings = new java.util.LinkedHashSet<>();
        int requests = 0;
        // a create whose example names what a later create makes (a proposal names a need and an offer) is tried
        // again once every other create is done, with the ids they gave (withCreatedIds)
        java.util.LinkedList<Operation> queue = new java.util.LinkedList<>(operations);
        Set<Operation> triedAgain = new java.util.HashSet<>();
        Set<Operation> waitedForIds = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            Operation operation = queue.removeFirst();
            String name = operation.method() + " " + operation.template();
            String path = fill(operation.template(), operation.operation());
            if (path == null && waitedForIds.add(operation)) {
                queue.addLast(operation); // a create later in the order may give the id (a call's applications)
                continue;
            }
            if (path == null) {
                skipped.add(name + ": skipped, its path needs an id no create of the document gave");
                continue;
            }
            JsonNode media = operation.operation().path("requestBody").path("content").path("application/json");
            JsonNode example = media.get("example");
            JsonNode schema = resolve(media.path("schema"));
            if (example == null || !example.isObject() || !schema.has("properties")) {
                skipped.add(name + ": skipped, its body is not an object with an example");
                continue;
            }
            example = withCreatedIds((ObjectNode) example);
            List<Mutation> mutations = mutations((ObjectNode) example, schema);
            HttpResponse<String> firstAccepted = null;
            List<String> own = new ArrayList<>();
            Map<Mutation, HttpResponse<String>> answers = new LinkedHashMap<>();
            Map<String, String> before = quiet();
            Map<String, Long> counts = counts();
            String since = "the start";
            for (Mutation mutation : mutations) {
                HttpResponse<String> response = send(operation.method(), path, mutation.body(), own, mutation);
                requests++;
                answers.put(mutation, response);
                if (response == null || response.statusCode() / 100 == 2) {
                    if (response != null && firstAccepted == null) {
                        firstAccepted = response;
                    }
                    // an accepted mutation stored something: the next ones start from there
                    before = quiet();
                    counts = counts();
                    since = mutation.toString();
                    continue;
                }
                int status = response.statusCode();
                if (status >= 500) {
                    own.add(mutation + " → " + status + " " + abbreviate(response.body()));
                } else {
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    if (!type.startsWith("application/problem+json")) {
                        own.add(mutation + " → " + status + " as " + type + ", not problem+json");
                    }
                }
                Map<String, Long> now = counts();
                if (!now.equals(counts)) {
                    own.add(mutation + " → " + status + " but documents were added to " + changed(counts, now));
                    before = quiet();
                    counts = counts();
                }
            }
            Map<String, String> after = snapshot();
            if (!after.equals(before)) {
                own.add("a mutation refused after " + since + " → changed documents in " + changed(before, after));
            }
            // the example, with an unknown property: must be accepted, and makes the mutations' answers judged
            ObjectNode valid = ((ObjectNode) example).deepCopy();
            valid.put("unknownPropertyOfTheSweep", "ignored");
            HttpResponse<String> accepted = sendRaw(operation.method(), path, valid.toString());
            requests++;
            if (accepted.statusCode() == 409 && firstAccepted != null) {
                accepted = firstAccepted; // a mutation without an optional field created it first
            }
            if (accepted.statusCode() / 100 != 2) {
                own.forEach(finding -> findings.add(name + ": " + finding));
                int lastCreate = -1;
                for (int i = 0; i < queue.size(); i++) {
                    if (queue.get(i).variables() == 0) {
                        lastCreate = i;
                    }
                }
                if (operation.variables() == 0 && lastCreate >= 0 && triedAgain.add(operation)) {
                    quiet();
                    queue.add(lastCreate + 1, operation); // before the operations on what it creates
                    continue;
                }
                skipped.add(name + ": partly judged (never a 5xx, nothing stored), its example got "
                        + accepted.statusCode() + " " + abbreviate(errorsOf(accepted)));
                quiet();
                continue;
            }
            accepted.headers().firstValue("Location").ifPresent(location -> remember(location));
            answers.forEach((mutation, response) -> {
                if (response != null && response.statusCode() < 500) {
                    judge(mutation, response, own);
                }
            });
            own.forEach(finding -> findings.add(name + ": " + finding));
            exercised.add(name + " (" + mutations.size() + " mutations)");
            quiet();
        }
        return new Report(exercised, skipped, List.copyOf(findings), requests, unstated(operations));
    }

    /** The text and number properties of the bodies without {@code maxLength}, {@code enum} or {@code maximum}. */
    private List<String> unstated(List<Operation> operations) {
        Set<String> unstated = new java.util.TreeSet<>();
        for (Operation operation : operations) {
            JsonNode schema = resolve(operation.operation().path("requestBody").path("content")
                    .path("application/json").path("schema"));
            schema.path("properties").properties().forEach(entry -> {
                JsonNode property = resolve(entry.getValue());
                String type = typeOf(property);
                boolean stated = switch (type) {
                    case "string" -> property.has("maxLength") || property.has("enum") || property.has("pattern")
                            || property.has("format");
                    case "number", "integer" -> property.has("maximum");
                    default -> true;
                };
                if (!stated) {
                    unstated.add(operation.method() + " " + operation.template() + ": " + entry.getKey());
                }
            });
        }
        return List.copyOf(unstated);
    }

    /** The organisations the examples refer to (by SIRET), registered from the registry's own example. */
    private void registerTheOrganisationsTheExamplesNameIn() {
        JsonNode organisation = document.path("paths").path("/api/organisations").path("post").path("requestBody")
                .path("content").path("application/json").path("example");
        if (!organisation.isObject()) {
            return;
        }
        Set<String> sirets = new java.util.TreeSet<>();
        Matcher siret = Pattern.compile("\"(\\d{14})\"").matcher(document.path("paths").toString());
        while (siret.find()) {
            sirets.add(siret.group(1));
        }
        sirets.remove(organisation.path("siret").asString()); // that one is the registry's own create, judged
        for (String each : sirets) {
            ObjectNode body = ((ObjectNode) organisation).deepCopy();
            body.put("siret", each);
            sendRaw("POST", "/api/organisations", body.toString());
        }
    }

    private void judge(Mutation mutation, HttpResponse<String> response, List<String> own) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            if (mutation.expect() != Expect.ACCEPTED_OR_REFUSED
                    && mutation.expect() != Expect.ACCEPTED_OR_ANY_REFUSAL) {
                own.add(mutation + " → accepted " + status);
            }
            return;
        }
        if (status == 409 || status == 404 || mutation.expect() == Expect.ACCEPTED_OR_ANY_REFUSAL) {
            return; // a conflict with the state (a duplicate) or an unknown reference, not the body's shape
        }
        List<String> codes = new ArrayList<>();
        JsonNode errors = json.readTree(response.body()).path("errors");
        errors.forEach(error -> {
            String field = error.path("field").asString();
            if (field.equals(mutation.field()) || field.startsWith(mutation.field() + ".")
                    || field.startsWith(mutation.field() + "[")) {
                codes.add(error.path("code").asString());
            }
        });
        if (codes.isEmpty()) {
            own.add(mutation + " → " + status + " without an error naming « " + mutation.field() + " »: "
                    + abbreviate(errors.toString()));
        } else if (mutation.expect() == Expect.REFUSED_FOR_ITS_VALUE
                && codes.stream().allMatch(code -> code.endsWith(".required"))) {
            own.add(mutation + " → " + status + " with the code " + codes + ", not the real cause");
        }
    }

    private List<Mutation> mutations(ObjectNode example, JsonNode schema) {
        List<Mutation> mutations = new ArrayList<>();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        schema.path("properties").properties().forEach(entry -> {
            String field = entry.getKey();
            JsonNode property = resolve(entry.getValue());
            String type = typeOf(property);
            String format = property.path("format").asString("");
            JsonNode sample = example.get(field);
            // missing
            ObjectNode without = example.deepCopy();
            without.remove(field);
            mutations.add(new Mutation(field, "missing", without.toString(),
                    required.contains(field) ? Expect.REFUSED : Expect.ACCEPTED_OR_ANY_REFUSAL));
            // wrong type
            JsonNode wrong = switch (type) {
                case "string" -> JsonNodeFactory.instance.objectNode().put("unexpected", true);
                case "array" -> JsonNodeFactory.instance.stringNode("not a list");
                case "object" -> JsonNodeFactory.instance.stringNode("not an object");
                default -> JsonNodeFactory.instance.stringNode("yes");
            };
            mutations.add(with(example, field, "wrong type " + wrong, wrong, Expect.REFUSED_FOR_ITS_VALUE));
            switch (type) {
                case "number", "integer" -> {
                    mutations.add(with(example, field, "negative", JsonNodeFactory.instance.numberNode(-1),
                            property.path("minimum").asDouble(0) < 0 ? Expect.ACCEPTED_OR_REFUSED
                                    : Expect.REFUSED_FOR_ITS_VALUE));
                    ObjectNode huge = example.deepCopy();
                    huge.put(field, "<1e400>");
                    mutations.add(new Mutation(field, "1e400", huge.toString().replace(HUGE_NUMBER, "1e400"),
                            Expect.REFUSED_FOR_ITS_VALUE));
                    // the bounds the document states are the service's: just beyond each is refused
                    java.math.BigDecimal step = new java.math.BigDecimal(type.equals("integer") ? "1"
                            : property.path("multipleOf").asString("0.01"));
                    if (property.has("maximum")) {
                        mutations.add(with(example, field, "just above its maximum", JsonNodeFactory.instance
                                .numberNode(property.get("maximum").decimalValue().add(step)),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                    if (property.has("minimum")) {
                        mutations.add(with(example, field, "just below its minimum", JsonNodeFactory.instance
                                .numberNode(property.get("minimum").decimalValue().subtract(step)),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                    if (type.equals("integer")) {
                        mutations.add(with(example, field, "1.5", JsonNodeFactory.instance.numberNode(1.5),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    } else if (sample != null && sample.isNumber()) {
                        java.math.BigDecimal threeDecimals = new java.math.BigDecimal("10.001");
                        mutations.add(with(example, field, "three decimals",
                                JsonNodeFactory.instance.numberNode(threeDecimals),
                                property.has("multipleOf") && threeDecimals.remainder(
                                        property.get("multipleOf").decimalValue()).signum() != 0
                                        ? Expect.REFUSED_FOR_ITS_VALUE : Expect.ACCEPTED_OR_REFUSED));
                    }
                }
                case "string" -> {
                    if (format.equals("date")) {
                        mutations.add(with(example, field, "impossible date",
                                JsonNodeFactory.instance.stringNode("2026-02-30"), Expect.REFUSED_FOR_ITS_VALUE));
                        mutations.add(with(example, field, "date centuries ahead",
                                JsonNodeFactory.instance.stringNode("2999-01-01"), Expect.REFUSED_FOR_ITS_VALUE));
                    } else if (format.equals("date-time")) {
                        mutations.add(with(example, field, "impossible date-time",
                                JsonNodeFactory.instance.stringNode("2026-02-30T10:00:00Z"),
                                Expect.REFUSED_FOR_ITS_VALUE));
                        mutations.add(with(example, field, "date-time centuries ahead",
                                JsonNodeFactory.instance.stringNode("2999-01-01T10:00:00Z"),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                    if (property.has("maxLength")) {
                        int beyond = property.get("maxLength").asInt() + 1;
                        mutations.add(with(example, field, "one character beyond its maxLength",
                                JsonNodeFactory.instance.stringNode("x".repeat(beyond)),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                    mutations.add(with(example, field, "100 000 characters",
                            JsonNodeFactory.instance.stringNode("x".repeat(HUGE_STRING)),
                            Expect.REFUSED_FOR_ITS_VALUE));
                    // a stated shape or list of codes is the service's: a value outside it is refused by name
                    if (property.has("pattern")) {
                        mutations.add(with(example, field, "not matching its pattern", JsonNodeFactory.instance
                                .stringNode(notMatching(property.get("pattern").asString(), sample)),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                    if (property.has("enum")) {
                        mutations.add(with(example, field, "a value outside its enum",
                                JsonNodeFactory.instance.stringNode(outside(property.get("enum"))),
                                Expect.REFUSED_FOR_ITS_VALUE));
                    }
                }
                default -> {
                }
            }
        });
        // the mutations that may be accepted (an optional field left out) last: what they store would turn the
        // next ones into conflicts (a duplicate), which judge nothing of the value sent
        mutations.sort(java.util.Comparator.comparing(mutation -> mutation.expect() == Expect.ACCEPTED_OR_REFUSED
                || mutation.expect() == Expect.ACCEPTED_OR_ANY_REFUSAL));
        return mutations;
    }

    /** A short text the pattern refuses: not blank (a blank optional text may count as left out). */
    static String notMatching(String pattern, JsonNode sample) {
        Pattern compiled = Pattern.compile(pattern);
        List<String> candidates = new ArrayList<>(List.of("x", "0", "not-a-code", "ZZ-9", "not a code!"));
        if (sample != null && sample.isString()) {
            candidates.add(0, sample.asString() + "0");
            candidates.add(1, "x" + sample.asString());
        }
        return candidates.stream().filter(candidate -> !compiled.matcher(candidate).find()).findFirst()
                .orElseThrow(() -> new AssertionError("the pattern " + pattern + " matches every text tried"));
    }

    /** A text none of the values of the enum is. */
    static String outside(JsonNode values) {
        Set<String> taken = new java.util.HashSet<>();
        values.forEach(value -> taken.add(value.asString("")));
        String candidate = "NOT_ONE_OF_THEM";
        while (taken.contains(candidate)) {
            candidate += "_";
        }
        return candidate;
    }

    /**
     * The example with the ids it names (a need, an offer, documented as {@code BESOIN-2026-0012}) replaced by the
     * ids of the same shape (digits aside) that earlier creates of the sweep gave, so that it refers to what exists.
     */
    private ObjectNode withCreatedIds(ObjectNode example) {
        ObjectNode copy = example.deepCopy();
        for (String id : created.values()) {
            String shape = id.replaceAll("\\d", "9");
            if (shape.equals(id) || !id.matches(".*[A-Za-z].*")) {
                continue; // a number alone (a SIRET) says nothing of what it names
            }
            List<String> names = new ArrayList<>();
            copy.properties().forEach(entry -> {
                if (entry.getValue().isString() && !entry.getValue().asString().equals(id)
                        && entry.getValue().asString().replaceAll("\\d", "9").equals(shape)) {
                    names.add(entry.getKey());
                }
            });
            names.forEach(name -> copy.put(name, id));
        }
        return copy;
    }

    private static Mutation with(ObjectNode example, String field, String kind, JsonNode value, Expect expect) {
        ObjectNode copy = example.deepCopy();
        copy.set(field, value);
        return new Mutation(field, kind, copy.toString(), expect);
    }

    /** The first type of a property that is not "null" (OpenAPI 3.1 lists "null" for a nullable one). */
    private static String typeOf(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            for (JsonNode each : (ArrayNode) type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        if (property.has("enum")) {
            return "string";
        }
        return "unknown";
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        if (!current.has("type") && current.has("oneOf")) {
            for (JsonNode each : current.get("oneOf")) {
                JsonNode resolved = resolve(each);
                if (!"null".equals(resolved.path("type").asString(""))) {
                    return resolved;
                }
            }
        }
        return current;
    }

    /** The path with its variables: the EPT T8, the id an earlier create gave, or the parameter's example. */
    /**
     * The path of an operation on a resource: each variable is the id the create of its collection gave — the
     * collection as filled so far, so that {@code /api/hub/spaces/{spaceId}/allocations/{allocationId}} takes the
     * allocation created under that space — else the parameter's example in the document.
     */
    private String fill(String template, JsonNode operation) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        int literalFrom = 0;
        while (variable.find()) {
            String name = variable.group(1);
            String collection = path + template.substring(literalFrom, variable.start() - 1);
            literalFrom = variable.end();
            String value = name.equals("territory") ? "T8" : created.get(collection);
            for (JsonNode parameter : operation.path("parameters")) {
                if (value == null && name.equals(parameter.path("name").asString())
                        && parameter.has("example")) {
                    value = parameter.get("example").asString();
                }
            }
            if (value == null) {
                return null;
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private void remember(String location) {
        String path = java.net.URI.create(location).getRawPath();
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            created.putIfAbsent(path.substring(0, slash), path.substring(slash + 1));
        }
    }

    private HttpResponse<String> send(String method, String path, String body, List<String> own, Mutation mutation) {
        try {
            return api.send(method, path, "application/json", body);
        } catch (AssertionError contract) {
            // the OpenAPI check of Api: an accepted request the document forbids, or an undocumented answer
            own.add(mutation + " → " + firstLine(contract.getMessage()));
            return null;
        }
    }

    /** Without the document check of {@link Api}: the unknown property is sent on purpose. */
    private HttpResponse<String> sendRaw(String method, String path, String body) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + TestIdentityProvider.shared().accessToken("admin"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            return java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the relay and the consumers are done: two snapshots in a row alike. */
    private Map<String, String> quiet() {
        Map<String, String> last = snapshot();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, String> next = snapshot();
            if (next.equals(last) && !next.getOrDefault("(pending events)", "0").equals("pending")) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** Per collection, its count and a digest of its documents (the relay's lease fields left out). */
    private Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        boolean pending = false;
        for (String collection : mongo.getCollectionNames()) {
            MessageDigest digest = sha256();
            long count = 0;
            for (Document each : mongo.getCollection(collection).find()) {
                IGNORED_FIELDS.forEach(each::remove);
                Object events = each.get("pendingEvents");
                if (events instanceof List<?> list && !list.isEmpty()) {
                    pending = true;
                }
                digest.update(each.toJson().getBytes(StandardCharsets.UTF_8));
                count++;
            }
            state.put(collection, count + " " + HexFormat.of().formatHex(digest.digest()));
        }
        if (pending) {
            state.put("(pending events)", "pending");
        }
        return state;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        return counts;
    }

    private static <T> String changed(Map<String, T> before, Map<String, T> after) {
        List<String> names = new ArrayList<>();
        after.forEach((name, state) -> {
            if (!Objects.equals(before.get(name), state)) {
                names.add(name);
            }
        });
        return names.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String errorsOf(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            return body.has("errors") ? body.get("errors").toString() : body.path("detail").asString("");
        } catch (RuntimeException notJson) {
            return response.body();
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        String[] lines = text.split("\n");
        return abbreviate(lines.length > 1 ? lines[0] + " " + lines[1] : lines[0]);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

}
