package fr.essor.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which command starts a service: from its cache only when the cache was trained from the jar as it is now. (The
 * training itself, a real service's context, is tried by starting {@code ./run-local.sh}: see docs/operations.md.)
 */
class AotCacheTest {

    @TempDir
    Path target;

    @Test
    void aJarNeverTrainedStartsFromItself() throws Exception {
        Path jar = Files.writeString(target.resolve("funding-service.jar"), "jar");

        AotCache cache = new AotCache(jar);

        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.command(List.of("-Xmx768m"), List.of("--server.port=8082"))).isEmpty();
    }

    @Test
    void aCurrentCacheStartsTheExtractedJarWithTheCacheMapped() throws Exception {
        Path jar = Files.writeString(target.resolve("funding-service.jar"), "jar");
        trained(jar);

        List<String> command = new AotCache(jar).command(List.of("-Xmx768m"), List.of("--server.port=8082"))
                .orElseThrow();

        Path dir = target.resolve("aot/funding-service");
        assertThat(command).contains("-Xmx768m", "-XX:AOTCache=" + dir.resolve("app.aot"), "--server.port=8082");
        assertThat(command.get(command.indexOf("-jar") + 1))
                .isEqualTo(dir.resolve("application/funding-service.jar").toString());
        assertThat(command.indexOf("-XX:AOTCache=" + dir.resolve("app.aot"))).isLessThan(command.indexOf("-jar"));
    }

    @Test
    void aRebuiltJarMakesTheCacheStaleSoItStartsFromTheJarUntilTrainedAgain() throws Exception {
        Path jar = Files.writeString(target.resolve("funding-service.jar"), "jar");
        trained(jar);

        Files.writeString(jar, "rebuilt jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(new AotCache(jar).isCurrent()).isFalse();
        assertThat(new AotCache(jar).command(List.of(), List.of())).isEmpty();
    }

    @Test
    void aTrainingThatLeavesNoCacheLeavesTheServiceStartingFromItsJar() throws Exception {
        Path jar = Files.writeString(target.resolve("funding-service.jar"), "not a Spring Boot jar");
        AotCache cache = new AotCache(jar);

        boolean trained = cache.train(List.of(), List.of(), target.resolve("training.log"), problem -> { });

        assertThat(trained).isFalse();
        assertThat(cache.isCurrent()).isFalse();
        assertThat(Files.readString(target.resolve("training.log"))).as("what the failed extraction said").isNotBlank();
    }

    /** What a training run leaves beside the jar. */
    private void trained(Path jar) throws Exception {
        Path dir = target.resolve("aot/funding-service");
        Files.createDirectories(dir.resolve("application"));
        Files.writeString(dir.resolve("application/funding-service.jar"), "extracted");
        Files.writeString(dir.resolve("app.aot"), "cache");
        Files.writeString(dir.resolve("jar.stamp"), AotCache.stampOf(jar));
    }
}
