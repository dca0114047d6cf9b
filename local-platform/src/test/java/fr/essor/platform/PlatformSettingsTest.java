package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    @Test
    void withoutOptionsUsesTheDocumentedPortsAndTheDataDirectoryOfTheWorkingDirectory() {
        PlatformSettings settings = PlatformSettings.from(new String[0], new Properties());

        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.idpPort()).isEqualTo(9000);
        assertThat(settings.idpUrl()).isEqualTo("http://localhost:9000");
        assertThat(settings.idpJar()).isEqualTo(Path.of("identity-provider/target/identity-provider.jar").toAbsolutePath());
        assertThat(settings.url(EssorService.ROADMAP)).isEqualTo("http://localhost:8081");
        assertThat(settings.url(EssorService.FUNDING)).isEqualTo("http://localhost:8082");
        assertThat(settings.url(EssorService.PROCUREMENT)).isEqualTo("http://localhost:8083");
        assertThat(settings.url(EssorService.FONCIER)).isEqualTo("http://localhost:8084");
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.services()).containsExactly(EssorService.values());
        assertThat(settings.serviceJars().get(EssorService.FUNDING))
                .isEqualTo(Path.of("funding-service/target/funding-service.jar").toAbsolutePath());
    }

    @Test
    void theAotCacheIsOffUnlessAskedForAndOnOnlyWhereTheJdkHasIt() {
        assertThat(PlatformSettings.from(new String[0], new Properties()).aotCache()).isFalse();
        assertThat(PlatformSettings.from(new String[] {"--aot-cache=off"}, new Properties()).aotCache()).isFalse();
        assertThat(PlatformSettings.from(new String[] {"--aot-cache=on"}, new Properties()).aotCache())
                .isEqualTo(Runtime.version().feature() >= 25);
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"--aot-cache=yes"}, new Properties()))
                .hasMessageContaining("aot-cache must be on or off");
    }

    @Test
    void anArgumentWinsOverASystemPropertyWhichWinsOverTheDefault() {
        Properties system = new Properties();
        system.setProperty("essor.kafka.port", "19092");
        system.setProperty("essor.mongo.port", "37017");
        system.setProperty("unrelated.port", "1");

        system.setProperty("essor.idp-port", "19000");

        PlatformSettings settings = PlatformSettings.from(
                new String[] {"--kafka.port=29092", "--essor.funding.port=9082", "--data-dir=/tmp/essor-data",
                        "--idp-port=29000", "--idp.jar=/opt/idp.jar"}, system);

        assertThat(settings.kafkaPort()).isEqualTo(29092);
        assertThat(settings.mongoPort()).isEqualTo(37017);
        assertThat(settings.idpPort()).isEqualTo(29000);
        assertThat(settings.idpUrl()).isEqualTo("http://localhost:29000");
        assertThat(settings.idpJar()).isEqualTo(Path.of("/opt/idp.jar"));
        assertThat(settings.port(EssorService.FUNDING)).isEqualTo(9082);
        assertThat(settings.port(EssorService.ROADMAP)).isEqualTo(8081);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/essor-data"));
        assertThat(settings.kafkaDir()).isEqualTo(Path.of("/tmp/essor-data/kafka"));
        assertThat(settings.logsDir()).isEqualTo(Path.of("/tmp/essor-data/logs"));
    }

    @Test
    void servicesCanBeChosenOrLeftOutToRunOnlyKafkaAndMongo() {
        assertThat(PlatformSettings.from(new String[] {"--services=foncier,roadmap-service"}, new Properties()).services())
                .containsExactly(EssorService.ROADMAP, EssorService.FONCIER);
        assertThat(PlatformSettings.from(new String[] {"--services=none"}, new Properties()).services()).isEmpty();
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"data"}, new Properties()))
                .hasMessageContaining("--name=value");
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"--kafka.prot=9092"}, new Properties()))
                .hasMessageContaining("--kafka.prot");
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"--mongo.port=70000"}, new Properties()))
                .hasMessageContaining("mongo.port");
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"--idp-port=0"}, new Properties()))
                .hasMessageContaining("idp-port");
        assertThatThrownBy(() -> PlatformSettings.from(new String[] {"--services=billing"}, new Properties()))
                .hasMessageContaining("billing");
    }
}
