package fr.essor.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml parses (YAML with merge keys, as compose reads it) and refers only to files that exist; its
 * secrets come from .env. Docker itself is not run here (CI has none): `docker compose config` and `up` are manual.
 */
class DockerComposeTest {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?");
    private static final Set<String> SERVICES = Set.of("roadmap-service", "funding-service", "procurement-service",
            "foncier-service");

    private final Path root = Repository.root();

    static Map<String, Object> compose(Path root) {
        return OpsQueries.yaml(root.resolve("docker-compose.yml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static List<String> volumes(Map<String, Object> compose, String service) {
        return (List<String>) services(compose).get(service).getOrDefault("volumes", List.of());
    }

    @Test
    void runsTheWholePlatform() {
        assertThat(services(compose(root))).containsKeys("kafka", "kafka-init", "mongo", "mongo-init", "keycloak",
                "prometheus", "grafana", "roadmap-service", "funding-service", "procurement-service", "foncier-service",
                "clamav", "mailpit");
    }

    /**
     * Funding scans the applicants' documents with the compose clamd and mails through the compose SMTP relay, never
     * its embedded mailbox; the settings it is given are those its application.yml names.
     */
    @Test
    @SuppressWarnings("unchecked")
    void fundingScansWithClamdAndMailsThroughTheSmtpRelayOfTheDeployment() throws IOException {
        Map<String, Map<String, Object>> services = services(compose(root));
        Map<String, Object> environment = (Map<String, Object>) services.get("funding-service").get("environment");
        assertThat(environment).containsEntry("ESSOR_FUNDING_DOCUMENTS_ANTIVIRUS", "clamav")
                .containsEntry("ESSOR_FUNDING_DOCUMENTS_CLAMAV_HOST", "clamav")
                .containsEntry("ESSOR_FUNDING_DOCUMENTS_CLAMAV_PORT", "3310")
                .containsEntry("ESSOR_FUNDING_MAIL_EMBEDDED_ENABLED", "false")
                .containsEntry("SPRING_MAIL_HOST", "${ESSOR_SMTP_HOST:-mailpit}")
                .containsEntry("SPRING_MAIL_PORT", "${ESSOR_SMTP_PORT:-1025}");
        assertThat((String) environment.get("ESSOR_FUNDING_MAIL_SPACE_URL")).endsWith("/espace-candidat");
        assertThat((String) services.get("clamav").get("image")).startsWith("clamav/clamav:");
        assertThat((List<String>) services.get("clamav").get("networks")).contains("essor");
        assertThat(services.get("clamav")).doesNotContainKey("ports");
        assertThat((String) services.get("mailpit").get("image")).startsWith("axllent/mailpit:");
        assertThat((List<String>) services.get("mailpit").get("networks")).contains("essor");
        assertThat((List<String>) services.get("mailpit").get("ports")).singleElement()
                .satisfies(port -> assertThat(port).endsWith(":8025"));

        String settings = Files.readString(root.resolve("funding-service/src/main/resources/application.yml"));
        assertThat(settings).as("funding's own names of the settings compose gives")
                .containsPattern("(?s)documents:.*antivirus: pass-through.*clamav:\\s+host:.*port: 3310")
                .containsPattern("(?s)mail:.*embedded:\\s+enabled: true");
        String scanner = Files.readString(root.resolve("funding-service/src/main/java/fr/essor/funding/portal/"
                + "infrastructure/PortalConfiguration.java"));
        assertThat(scanner).contains("${essor.funding.documents.antivirus", "${essor.funding.documents.clamav.host",
                "${essor.funding.documents.clamav.port", "new ClamdScanner(host, port");
    }

    @Test
    void bindMountsReferToFilesThatExist() {
        Map<String, Object> compose = compose(root);
        List<String> checked = new ArrayList<>();
        for (String service : services(compose).keySet()) {
            for (String volume : volumes(compose, service)) {
                String source = volume.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(root.resolve(source)).as("%s mounts %s", service, volume).exists();
                    checked.add(source);
                }
            }
        }
        assertThat(checked).contains("./ops/prometheus/prometheus.yml", "./ops/keycloak/essor-realm.json",
                "./ops/kafka/create-topics.sh", "./ops/mongo/init-replica-set.js");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltFromItsOwnJarWithTheSharedDockerfile() throws IOException {
        Map<String, Map<String, Object>> services = services(compose(root));
        for (String name : SERVICES) {
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            assertThat(root.resolve((String) build.get("context"))).isDirectory();
            Path dockerfile = root.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"));
            assertThat(dockerfile).isRegularFile();
            assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(name);
            assertThat(root.resolve(name).resolve("pom.xml")).as("module of %s", name).isRegularFile();
            Map<String, Object> environment = (Map<String, Object>) services.get(name).get("environment");
            assertThat((String) environment.get("SPRING_MONGODB_URI")).as(name)
                    .isEqualTo("mongodb://mongo:27017/essor-" + name.replace("-service", "") + "?replicaSet=rs0");
            assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");

            String text = Files.readString(dockerfile);
            Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(text);
            while (copy.find()) {
                String source = copy.group(1).replace("${SERVICE}", name);
                if (!source.contains("/target/")) {
                    assertThat(root.resolve(source)).as("COPY %s in %s", source, dockerfile).exists();
                }
            }
            assertThat(text).contains("USER essor", "HEALTHCHECK", "eclipse-temurin:21-jre");
        }
    }

    @Test
    void everyRequiredSecretIsDocumentedInEnvExampleWithAPlaceholder() throws IOException {
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Set<String> required = new TreeSet<>();
        Matcher variable = REQUIRED_VARIABLE.matcher(compose);
        while (variable.find()) {
            required.add(variable.group(1));
        }
        List<String> example = Files.readAllLines(root.resolve(".env.example"));

        assertThat(required).contains("KEYCLOAK_ADMIN_PASSWORD", "GRAFANA_ADMIN_PASSWORD",
                OidcContract.secretVariable("ept-est-ensemble"));
        for (String name : required) {
            assertThat(example).as(".env.example documents %s", name).anySatisfy(line -> assertThat(line)
                    .startsWith(name + "="));
        }
        example.stream().filter(line -> line.matches("^[A-Z0-9_]*(SECRET|PASSWORD)=.*"))
                .forEach(line -> assertThat(line).as("a placeholder, never a real secret").endsWith("=change-me"));
        assertThat(Files.readString(root.resolve(".gitignore"))).as(".env stays out of git").containsPattern("(?m)^\\.env$");
    }
}
