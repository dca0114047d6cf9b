package fr.essor.ops;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml with the realm and the Prometheus config, as compose would wire them: the services sign in
 * through Keycloak's realm at one issuer URL, every published port is on the loopback unless a variable opens it,
 * Prometheus scrapes the services' unpublished management port. Parsed only: nothing runs Docker here.
 */
class DockerComposeOidcTest {

    private static final Pattern COMPOSE_DEFAULT = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");
    private static final Pattern REALM_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Pattern PUBLISHED_PORT =
            Pattern.compile("\\$\\{(ESSOR_BIND|ESSOR_OPS_BIND):-127\\.0\\.0\\.1}:(\\d+|\\$\\{[A-Z0-9_]+:-\\d+}):(\\d+)");

    private final Path root = Repository.root();
    private final Map<String, Object> compose = DockerComposeTest.compose(root);
    private final Map<String, Map<String, Object>> services = DockerComposeTest.services(compose);
    private final KeycloakRealm realm = KeycloakRealm.load();

    @Test
    void keycloakAnswersAtTheIssuerUrlFromTheBrowserAndFromTheContainers() {
        Map<String, Object> keycloak = services.get("keycloak");
        Map<String, String> environment = environment("keycloak");
        URI hostname = URI.create(environment.get("KC_HOSTNAME"));

        assertThat(hostname.getHost()).as("resolved to the loopback by browsers and curl").endsWith(".localhost");
        assertThat(aliases(keycloak)).as("the same name inside the compose network").contains(hostname.getHost());
        assertThat(environment.get("KC_HTTP_PORT")).as("Keycloak listens on the issuer's port inside too")
                .isEqualTo(String.valueOf(hostname.getPort()));
        assertThat(ports("keycloak")).containsExactly("${ESSOR_BIND:-127.0.0.1}:" + hostname.getPort() + ":" + hostname.getPort());
        assertThat(hostname + "/realms/" + realm.name()).isEqualTo(OidcContract.COMPOSE_ISSUER);
        assertThat(command(keycloak)).contains("--import-realm");
        assertThat(DockerComposeTest.volumes(compose, "keycloak"))
                .contains("./" + KeycloakRealm.FILE + ":/opt/keycloak/data/import/essor-realm.json:ro")
                .as("the people created in Keycloak outlive its container").contains("keycloak-data:/opt/keycloak/data");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceSignsInThroughItsClientOfTheRealm() {
        Map<String, String> keycloak = environment("keycloak");
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            Map<String, String> environment = environment(ui.service());
            String secret = OidcContract.secretVariable(ui.clientId());

            assertThat(environment.get("ESSOR_SECURITY_OIDC_ISSUER_URI")).as(ui.service())
                    .isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/" + realm.name());
            assertThat(environment.get("ESSOR_SECURITY_OIDC_CLIENT_ID")).as(ui.service()).isEqualTo(ui.clientId());
            assertThat(realm.clientIds()).contains(ui.clientId());
            assertThat(environment.get("ESSOR_SECURITY_OIDC_CLIENT_SECRET")).as(ui.service()).startsWith("${" + secret + ":?");
            assertThat(realm.client(ui.clientId()).path("secret").asString()).isEqualTo("${" + secret + "}");
            assertThat(keycloak.get(secret)).as("Keycloak imports the same secret").startsWith("${" + secret + ":?");
            Map<String, Object> dependsOn = (Map<String, Object>) services.get(ui.service()).get("depends_on");
            assertThat((Map<String, Object>) dependsOn.get("keycloak")).containsEntry("condition", "service_healthy");
        }
        assertThat(services.get("keycloak")).containsKey("healthcheck");
    }

    @Test
    void keycloakIsGivenEveryPlaceholderOfTheRealm() throws IOException {
        Set<String> placeholders = new TreeSet<>();
        Matcher placeholder = REALM_PLACEHOLDER.matcher(Files.readString(Repository.file(KeycloakRealm.FILE)));
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }

        assertThat(placeholders).contains(OidcContract.secretVariable("ept-est-ensemble"), "ESSOR_PUBLIC_FONCIER_URL");
        assertThat(environment("keycloak")).containsKeys(placeholders.toArray(String[]::new));
        for (JsonNode client : realm.clients()) {
            assertThat(environment("keycloak").get(OidcContract.secretVariable(KeycloakRealm.clientId(client))))
                    .as("a secret compose requires from .env").matches("\\$\\{[A-Z0-9_]+:\\?.+}");
        }
    }

    @Test
    void theRealmsUrisPointAtTheServicesAsComposeRunsThem() {
        Map<String, String> keycloak = environment("keycloak");
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            JsonNode client = realm.client(ui.clientId());
            Map<String, String> environment = environment(ui.service());

            // browser side: the public URL Keycloak substitutes at import, as compose defaults it
            assertThat(resolve(KeycloakRealm.strings(client.path("redirectUris")).get(0), keycloak))
                    .isEqualTo(ui.baseUrl() + OidcContract.REDIRECT_PATH);
            assertThat(resolve(KeycloakRealm.attribute(client, "post.logout.redirect.uris"), keycloak))
                    .isEqualTo(ui.baseUrl() + OidcContract.POST_LOGOUT_PATH);
            assertThat(withDefaults(environment.get("ESSOR_UI_LINKS_" + ui.shortName().toUpperCase())))
                    .isEqualTo(ui.baseUrl());
            assertThat(ports(ui.service())).containsExactly("${ESSOR_BIND:-127.0.0.1}:" + ui.port() + ":" + ui.port());
            assertThat(environment.get("SERVER_PORT")).isEqualTo(String.valueOf(ui.port()));

            // server side: Keycloak posts logout tokens to the service's compose name and server port
            URI backChannel = URI.create(KeycloakRealm.attribute(client, "backchannel.logout.url"));
            assertThat(services).containsKey(backChannel.getHost());
            assertThat(environment(backChannel.getHost()).get("SERVER_PORT")).isEqualTo(String.valueOf(backChannel.getPort()));
            assertThat(backChannel.getPath()).isEqualTo(OidcContract.BACK_CHANNEL_LOGOUT_PATH);
        }
    }

    @Test
    void everyPublishedPortIsOnTheLoopbackUnlessAVariableOpensIt() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String service : services.keySet()) {
            for (String port : ports(service)) {
                Matcher published = PUBLISHED_PORT.matcher(port);
                assertThat(published.matches()).as("%s publishes %s", service, port).isTrue();
                String variable = published.group(1);
                boolean opsTool = service.equals("prometheus") || service.equals("grafana")
                        || service.equals("mailpit");
                assertThat(variable).as(service).isEqualTo(opsTool ? "ESSOR_OPS_BIND" : "ESSOR_BIND");
                checked.add(service);
            }
        }
        assertThat(checked).containsExactlyInAnyOrder("keycloak", "roadmap-service", "funding-service",
                "procurement-service", "foncier-service", "prometheus", "grafana", "mailpit");
        assertThat(Files.readAllLines(root.resolve(".env.example")))
                .contains("ESSOR_BIND=127.0.0.1", "ESSOR_OPS_BIND=127.0.0.1");
    }

    @Test
    void prometheusOffersNeitherLifecycleNorAdminApi() {
        assertThat(command(services.get("prometheus")))
                .noneMatch(argument -> argument.startsWith("--web.enable-lifecycle"))
                .noneMatch(argument -> argument.startsWith("--web.enable-admin-api"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheServicesOnTheirUnpublishedManagementPort() {
        Map<String, Object> prometheus = OpsQueries.yaml(root.resolve("ops/prometheus/prometheus.yml"));
        Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).stream()
                .filter(config -> "essor-services".equals(config.get("job_name"))).findFirst().orElseThrow();
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> config : (List<Map<String, Object>>) job.get("static_configs")) {
            targets.addAll((List<String>) config.get("targets"));
        }

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        List<String> expected = new ArrayList<>();
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            Map<String, String> environment = environment(ui.service());
            String management = environment.get("MANAGEMENT_SERVER_PORT");
            assertThat(management).as(ui.service()).isEqualTo("9091");
            assertThat(management).isNotEqualTo(environment.get("SERVER_PORT"));
            assertThat(ports(ui.service())).as("%s does not publish its management port", ui.service())
                    .noneMatch(port -> port.endsWith(":" + management));
            expected.add(ui.service() + ":" + management);
        }
        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theServicesHealthcheckAsksTheManagementPort() throws IOException {
        String script = Files.readString(root.resolve("ops/docker/healthcheck.sh"));
        String dockerfile = Files.readString(root.resolve("ops/docker/Dockerfile"));

        assertThat(script).containsPattern("(?m)^port=\"\\$\\{MANAGEMENT_SERVER_PORT:-");
        assertThat(script).contains("/dev/tcp/127.0.0.1/${port}", "GET /actuator/health ");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*CMD \\[\"/usr/local/bin/essor-healthcheck\"]");
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            assertThat(services.get(ui.service())).as("%s keeps the image's healthcheck", ui.service())
                    .doesNotContainKey("healthcheck");
        }
    }

    /** A realm placeholder, resolved as Keycloak would from the environment compose gives it (defaults). */
    private static String resolve(String value, Map<String, String> environment) {
        Matcher placeholder = REALM_PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String variable = environment.get(placeholder.group(1));
            assertThat(variable).as("compose gives Keycloak %s", placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(withDefaults(variable)));
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }

    /** A compose value with every {@code ${NAME:-default}} replaced by its default. */
    private static String withDefaults(String value) {
        return COMPOSE_DEFAULT.matcher(value).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) services.get(service).get("environment"))
                .forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    @SuppressWarnings("unchecked")
    private List<String> ports(String service) {
        List<String> ports = new ArrayList<>();
        for (Object port : (List<Object>) services.get(service).getOrDefault("ports", List.of())) {
            assertThat(port).as("%s: short syntax, host address included", service).isInstanceOf(String.class);
            ports.add((String) port);
        }
        return ports;
    }

    @SuppressWarnings("unchecked")
    private static List<String> command(Map<String, Object> service) {
        return (List<String>) service.get("command");
    }

    @SuppressWarnings("unchecked")
    private static List<String> aliases(Map<String, Object> service) {
        Map<String, Map<String, Object>> networks = (Map<String, Map<String, Object>>) service.get("networks");
        return (List<String>) networks.get("essor").get("aliases");
    }
}
