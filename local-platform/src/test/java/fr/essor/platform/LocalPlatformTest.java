package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LocalPlatformTest {

    private final PlatformSettings settings = PlatformSettings.from(
            new String[] {"--kafka.port=19092", "--mongo.port=37017", "--procurement.port=9083", "--idp-port=19000"},
            new Properties());

    @Test
    void eachServiceGetsItsPortItsOwnDatabaseTheBrokerTheLinksToTheOthersAndItsClientAtTheProvider() {
        LocalPlatform platform = new LocalPlatform(settings, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(platform.serviceArgs(EssorService.FUNDING)).containsExactly(
                "--server.port=8082",
                "--spring.profiles.active=local",
                "--spring.mongodb.uri=mongodb://localhost:37017/essor-funding",
                "--spring.kafka.bootstrap-servers=localhost:19092",
                "--essor.ui.links.roadmap=http://localhost:8081",
                "--essor.ui.links.funding=http://localhost:8082",
                "--essor.ui.links.procurement=http://localhost:9083",
                "--essor.ui.links.foncier=http://localhost:8084",
                "--essor.security.oidc.issuer-uri=http://localhost:19000",
                "--essor.security.oidc.client-id=essor-funding",
                "--essor.security.oidc.client-secret=essor-funding");
    }

    @Test
    void theProviderGetsItsPortItsIssuerAndWhereEachServiceRuns() {
        LocalPlatform platform = new LocalPlatform(settings, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(platform.providerArgs()).containsExactly(
                "--server.port=19000",
                "--essor.idp.issuer=http://localhost:19000",
                "--essor.idp.services.roadmap=http://localhost:8081",
                "--essor.idp.services.funding=http://localhost:8082",
                "--essor.idp.services.procurement=http://localhost:9083",
                "--essor.idp.services.foncier=http://localhost:8084");
    }

    @Test
    void servicesRunWithTheJavaOfTheLauncherAndTheFastStartOptions() {
        List<String> command = ServiceProcess.javaCommand(settings.jvmOptions(), Path.of("/x/roadmap-service.jar"),
                List.of("--server.port=8081"));

        assertThat(command.getFirst()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(command).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .endsWith("-jar", "/x/roadmap-service.jar", "--server.port=8081");
    }

    @Test
    void theBannerGivesTheFourUrlsTheirSwaggerUiTheProviderAndEveryDemoLogin() {
        String banner = Banner.render(settings, Duration.ofMillis(41_500));

        assertThat(banner).contains("41.5 s",
                "http://localhost:8081/swagger-ui.html",
                "http://localhost:8082/swagger-ui.html",
                "http://localhost:9083/swagger-ui.html",
                "http://localhost:8084/swagger-ui.html",
                "localhost:19092",
                "mongodb://localhost:37017",
                "Identité / OIDC  http://localhost:19000",
                "curl -u ept-est-ensemble:ept-est-ensemble -d grant_type=client_credentials http://localhost:19000/oauth2/token");
        assertThat(banner).contains("admin", "sens", "djva", "dter", "dmta", "dpas", "achats", "instructeur",
                "facilitateur", "pole", "ops", "asso-fabrique", "asso-voisins", "ept-plaine-commune", "ept-terres-envol", "ept-est-ensemble", "ept-grand-est",
                "essor-cli", "mot de passe = identifiant");
    }
}
