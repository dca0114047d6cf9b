package fr.essor.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EssorPlatformTest {

    @Test
    void refusesToStartWithoutTheServiceAndProviderJarsAndSaysHowToBuildThem(@TempDir Path home) throws IOException {
        Path roadmapJar = home.resolve("roadmap-service/target/roadmap-service.jar");
        Files.createDirectories(roadmapJar.getParent());
        Files.writeString(roadmapJar, "not really a jar, but there");

        assertThatThrownBy(() -> EssorPlatform.start(home, home.resolve("work")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("run ./mvnw package first")
                .hasMessageContaining(home.resolve("funding-service/target/funding-service.jar").toString())
                .hasMessageContaining("procurement-service.jar")
                .hasMessageContaining("foncier-service.jar")
                .hasMessageContaining(home.resolve("identity-provider/target/identity-provider.jar").toString())
                .hasMessageContaining("-pl local-platform,identity-provider,")
                .hasMessageNotContaining("roadmap-service.jar");
    }
}
