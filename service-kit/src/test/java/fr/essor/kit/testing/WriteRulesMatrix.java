package fr.essor.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may write what, checked from outside (ADR-0012). Each service has a one-line {@code …WriteRulesIT extends
 * WriteRulesMatrix} and, in its test resources, {@value #APPROVED} — the table of its rules as approved, one write a
 * line ({@code METHOD path ROLE…}). The approved table is the expectation, not the service's {@link WriteRules}: a
 * rule removed or widened in the service fails here until the table is changed too, deliberately.
 * <ul>
 * <li>the service's rules are exactly the approved table;</li>
 * <li>every write of the OpenAPI document ({@code /api/**}) and every form of the pages (the POST, PUT, PATCH and
 * DELETE handlers outside {@code /api/}) has a rule, and every rule a write;</li>
 * <li>for every write and every demo account ({@link TestAccounts}): a role without a rule gets 403 (a problem+json on
 * the API), a role with a rule passes the gate (any answer but 401 and 403: 400, 404, 409, 201… its request is
 * placeholders, its body {@code {}}; nor a 5xx: a request of placeholders must not crash the service);</li>
 * <li>no write is open to the EPT accounts but their own, which name their territory;</li>
 * <li>the OpenAPI document gives each write its roles ({@code x-essor-roles}, "Rôles autorisés : …").</li>
 * </ul>
 */
@EssorIntegrationTest
public abstract class WriteRulesMatrix {

    /** The classpath resource of the approved table. */
    public static final String APPROVED = "approved-write-rules.txt";

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort
    protected int port;
    @Autowired
    private WriteRules rules;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private final JsonMapper json = JsonMapper.builder().build();
    private List<Approved> approvedTable;

    /** One write of the service, its path filled with placeholders. */
    record Write(HttpMethod method, String template, String path, String contentType) {

        @Override
        public String toString() {
            return method.name() + " " + template;
        }
    }

    /** A line of the approved table. */
    record Approved(HttpMethod method, String path, PathPattern pattern, Set<Role> roles) {

        boolean allows(Set<Role> accountRoles) {
            return accountRoles.stream().anyMatch(roles::contains);
        }

        List<String> roleNames() {
            return roles.stream().sorted().map(Role::name).toList();
        }

        String line() {
            return method.name() + " " + path + " " + String.join(" ", roleNames());
        }
    }

    @Test
    void theRulesOfTheServiceAreTheApprovedTable() {
        Set<String> approved = approved().stream().map(Approved::line).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = rules.rules().stream().map(WriteRules.Rule::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> notApproved = new TreeSet<>(actual);
        notApproved.removeAll(approved);
        Set<String> missing = new TreeSet<>(approved);
        missing.removeAll(actual);
        assertThat(notApproved.isEmpty() && missing.isEmpty())
                .as("The service's rules differ from " + APPROVED + ".\nIn the service, not approved:\n  "
                        + String.join("\n  ", notApproved) + "\nApproved, not in the service:\n  "
                        + String.join("\n  ", missing) + "\nIf the change is wanted, the table of the service is:\n"
                        + rules)
                .isTrue();
    }

    @Test
    void everyWriteHasARuleAndEveryRuleAWrite() {
        List<Write> writes = new ArrayList<>(apiWrites());
        writes.addAll(pageWrites());
        List<String> unruled = writes.stream().filter(write -> rules.ruleFor(write.method(), write.path()).isEmpty())
                .map(Write::toString).toList();
        assertThat(unruled).as("writes without a rule (refused to everyone: declare who may make them)").isEmpty();
        List<String> stale = rules.rules().stream()
                .filter(rule -> writes.stream().noneMatch(write -> write.method().equals(rule.method())
                        && rules.ruleFor(write.method(), write.path()).filter(rule::equals).isPresent()))
                .map(WriteRules.Rule::toString).toList();
        assertThat(stale).as("rules that no write of the service uses (misspelt, or the write is gone)").isEmpty();
    }

    @Test
    void noWriteIsOpenToEptAccountsButTheirOwnWhichNameTheirTerritory() {
        assertThat(approved()).filteredOn(rule -> rule.roles().contains(Role.EPT) && rule.path().startsWith("/api/"))
                .allSatisfy(rule -> assertThat(rule.path()).as("an EPT's own API write names its territory")
                        .contains(WriteRules.TERRITORY_VARIABLE));
        assertThat(rules.rules()).filteredOn(rule -> rule.eptOwn() && rule.api())
                .allSatisfy(rule -> assertThat(rule.path()).contains(WriteRules.TERRITORY_VARIABLE));
    }

    @Test
    void theOpenApiDocumentGivesEachWriteItsRoles() {
        JsonNode paths = apiDocs().get("paths");
        List<String> wrong = new ArrayList<>();
        for (Write write : apiWrites()) {
            JsonNode operation = paths.get(write.template()).get(write.method().name().toLowerCase());
            List<String> expected = approvedFor(write).map(Approved::roleNames).orElse(List.of());
            List<String> documented = new ArrayList<>();
            JsonNode roles = operation.get("x-essor-roles");
            if (roles != null) {
                roles.forEach(role -> documented.add(role.asString()));
            }
            String description = operation.has("description") ? operation.get("description").asString() : "";
            String sentence = expected.isEmpty() ? "refusée à tous" : "Rôles autorisés : " + expected.stream()
                    .map(role -> role.equals("EPT") ? "EPT (pour son seul territoire)" : role)
                    .collect(Collectors.joining(", ")) + ".";
            if (!documented.equals(expected) || !description.endsWith(sentence)) {
                wrong.add(write + ": x-essor-roles " + documented + ", description « " + description + " »");
            }
        }
        assertThat(wrong).as("writes whose documented roles are not the approved ones").isEmpty();
    }

    @Test
    void everyAccountPassesTheGateOfTheApiExactlyAsTheApprovedTableSays() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        List<Write> writes = apiWrites();
        for (TestAccounts.Account account : TestAccounts.ALL) {
            Api api = Api.at(port).as(account.username());
            Set<Role> roles = roles(account);
            for (Write write : writes) {
                boolean allowed = approvedFor(write).map(rule -> rule.allows(roles)).orElse(false);
                HttpResponse<String> response = api.send(write.method().name(), write.path(), write.contentType(),
                        write.contentType() == null ? null : write.contentType().contains("json") ? "{}" : "");
                int status = response.statusCode();
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(account.username() + " " + write + " (" + write.path() + "): " + status
                            + (status >= 500 ? " (past the gate, but a request of placeholders must not crash the "
                                    + "service)" : " but the table lets " + roles + " through") + " — "
                            + response.body());
                } else if (!allowed && (status != 403 || !type.startsWith("application/problem+json"))) {
                    wrong.add(account.username() + " " + write + " (" + write.path() + "): " + status + " " + type
                            + " but the table refuses " + roles);
                }
                if (allowed) {
                    seen.merge(write.toString(), account.username() + "→" + status, (a, b) -> a + " " + b);
                }
            }
        }
        report("API", seen);
        assertThat(wrong).as("API answers that contradict the approved table").isEmpty();
    }

    @Test
    void everyAccountPassesTheGateOfThePagesExactlyAsTheApprovedTableSays() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        List<Write> writes = pageWrites();
        for (TestAccounts.Account account : TestAccounts.ALL) {
            SignedInBrowser browser = SignedInBrowser.signIn(port, account.username());
            Set<Role> roles = roles(account);
            for (Write write : writes) {
                boolean allowed = approvedFor(write).map(rule -> rule.allows(roles)).orElse(false);
                HttpResponse<String> response = browser.post(write.path(), Map.of());
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse("");
                boolean signedOut = status == 302 && (location.contains("/oauth2/authorization")
                        || location.contains("/login"));
                if (allowed && (status == 401 || status == 403 || signedOut || status >= 500)) {
                    wrong.add(account.username() + " " + write + " (" + write.path() + "): " + status + " "
                            + location + (status >= 500 ? " (past the gate, but an empty form must not crash the "
                                    + "service)" : " but the table lets " + roles + " through"));
                } else if (!allowed && status != 403) {
                    wrong.add(account.username() + " " + write + " (" + write.path() + "): " + status + " " + location
                            + " but the table refuses " + roles);
                }
                if (allowed) {
                    seen.merge(write.toString(), account.username() + "→" + status, (a, b) -> a + " " + b);
                }
            }
        }
        report("pages", seen);
        assertThat(wrong).as("page answers that contradict the approved table").isEmpty();
    }

    /** What the accounts let through got, for the test's output: a 2xx there means a placeholder was accepted. */
    private void report(String what, Map<String, String> seen) {
        System.out.println("Writes of " + what + " passed by the gate, per account and answer:");
        seen.forEach((write, answers) -> System.out.println("  " + write + ": " + answers));
    }

    private static Set<Role> roles(TestAccounts.Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        account.roles().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private JsonNode apiDocs() {
        HttpResponse<String> docs = Api.at(port).as("admin").get("/v3/api-docs");
        assertThat(docs.statusCode()).as("/v3/api-docs as admin").isEqualTo(200);
        return json.readTree(docs.body());
    }

    /** The writes of the OpenAPI document, under {@code /api/}. */
    List<Write> apiWrites() {
        List<Write> writes = new ArrayList<>();
        apiDocs().get("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().properties().forEach(operation -> {
                if (!WRITES.contains(operation.getKey())) {
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                JsonNode parameters = operation.getValue().get("parameters");
                if (parameters != null) {
                    parameters.forEach(parameter -> {
                        if ("path".equals(parameter.get("in").asString())) {
                            JsonNode schemaType = parameter.path("schema").path("type");
                            String type = schemaType.isString() ? schemaType.asString() : "string";
                            values.put(parameter.get("name").asString(),
                                    type.equals("integer") || type.equals("number") ? "0" : "matrix");
                        }
                    });
                }
                String contentType = null;
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (content.isObject() && !content.isEmpty()) {
                    contentType = content.has("application/json") ? "application/json"
                            : content.propertyNames().iterator().next();
                }
                writes.add(new Write(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
                        fill(path.getKey(), values), contentType));
            });
        });
        writes.sort(Comparator.comparing(Write::template).thenComparing(write -> write.method().name()));
        assertThat(writes).as("the OpenAPI document describes writes").isNotEmpty();
        return writes;
    }

    /** The forms of the pages: the write handlers of the service outside {@code /api/}. */
    List<Write> pageWrites() {
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!WRITES.contains(method.name().toLowerCase())) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.equals("/error")) {
                        continue;
                    }
                    writes.add(new Write(HttpMethod.valueOf(method.name()), pattern,
                            fill(pattern, pathVariables(handler.getValue())), "application/x-www-form-urlencoded"));
                }
            }
        }
        writes.sort(Comparator.comparing(Write::template).thenComparing(write -> write.method().name()));
        return writes;
    }

    /** A placeholder per path variable of a page handler: 0 for a number, {@code matrix} otherwise. */
    private static Map<String, String> pathVariables(HandlerMethod handler) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            PathVariable variable = parameter.getAnnotation(PathVariable.class);
            if (variable == null) {
                continue;
            }
            String name = !variable.name().isEmpty() ? variable.name()
                    : !variable.value().isEmpty() ? variable.value() : parameter.getName();
            Class<?> type = parameter.getType();
            boolean number = type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type);
            values.put(name, number ? "0" : "matrix");
        }
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, values.getOrDefault(variable.group(1), "matrix"));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private Optional<Approved> approvedFor(Write write) {
        PathContainer path = PathContainer.parsePath(write.path());
        return approved().stream()
                .filter(rule -> rule.method().equals(write.method()) && rule.pattern().matches(path))
                .min(Comparator.comparing(Approved::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    private List<Approved> approved() {
        if (approvedTable == null) {
            approvedTable = readApproved();
        }
        return approvedTable;
    }

    private List<Approved> readApproved() {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/" + APPROVED)) {
            if (in == null) {
                return fail("No " + APPROVED + " in the test resources of the service. Its rules are:\n" + rules);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Approved> approved = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(words).skip(2).forEach(role -> roles.add(Role.valueOf(role)));
            approved.add(new Approved(HttpMethod.valueOf(words[0]), words[1],
                    PathPatternParser.defaultInstance.parse(words[1]), roles));
        }
        return approved;
    }
}
