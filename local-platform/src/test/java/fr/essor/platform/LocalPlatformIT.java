package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher end to end, with small fake services in place of the provider's and the four services' Spring Boot jars. */
class LocalPlatformIT {

    @TempDir
    Path work;

    private Path fakeJar;

    @BeforeEach
    void buildAFakeServiceJar() throws IOException {
        fakeJar = work.resolve("fake-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
        try (OutputStream out = Files.newOutputStream(fakeJar); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    @Test
    void startsEverythingPrintsTheBannerStopsCleanlyAndReusesItsDataOnTheNextStart() throws IOException {
        List<String> args = argsOnFreePorts();
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        PlatformSettings settings = PlatformSettings.from(args.toArray(String[]::new), new Properties());
        LocalPlatform platform = new LocalPlatform(settings, new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            platform.start();
            for (EssorService service : EssorService.values()) {
                assertThat(new HealthProbe().isUp(URI.create(settings.url(service) + "/actuator/health")))
                        .as(service + " is UP").isTrue();
            }
        } finally {
            platform.stop();
        }

        String output = console.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Essor est prêt / Essor is up", settings.url(EssorService.FONCIER) + "/swagger-ui.html",
                settings.idpUrl(), "everything stopped cleanly");
        assertThat(List.of(output.indexOf("kafka est UP"), output.indexOf("mongo-store est UP")))
                .as("the broker and the store are UP before the first service starts (the provider need not be)")
                .allSatisfy(up -> assertThat(up).isPositive().isLessThan(output.indexOf("roadmap-service démarre")));
        assertThat(new HealthProbe().isUp(URI.create(settings.idpUrl() + "/actuator/health")))
                .as("the provider is stopped").isFalse();
        assertThat(settings.logsDir().resolve("identity-provider.log")).content()
                .contains("arg --server.port=" + settings.idpPort())
                .contains("arg --essor.idp.issuer=" + settings.idpUrl())
                .contains("arg --essor.idp.services.foncier=" + settings.url(EssorService.FONCIER))
                .contains("fake service stopped by signal");
        for (EssorService service : EssorService.values()) {
            assertThat(new HealthProbe().isUp(URI.create(settings.url(service) + "/actuator/health")))
                    .as(service + " is stopped").isFalse();
        }
        Path roadmapLog = settings.logsDir().resolve("roadmap-service.log");
        assertThat(roadmapLog).content()
                .contains("arg --spring.mongodb.uri=mongodb://localhost:" + settings.mongoPort() + "/essor-roadmap")
                .contains("arg --essor.security.oidc.issuer-uri=" + settings.idpUrl())
                .contains("arg --essor.security.oidc.client-id=essor-roadmap")
                .contains("fake service stopped by signal");
        String clusterId = Files.readString(settings.kafkaDir().resolve("meta.properties"));

        LocalPlatform again = new LocalPlatform(settings, new PrintStream(OutputStream.nullOutputStream()));
        try {
            again.start();
        } finally {
            again.stop();
        }
        assertThat(Files.readString(settings.kafkaDir().resolve("meta.properties"))).isEqualTo(clusterId);
        assertThat(settings.logsDir().resolve("roadmap-service.previous.log")).exists();
    }

    @Test
    void namesTheServiceThatDidNotComeUpAndShowsItsLog() {
        List<String> args = argsOnFreePorts();
        PlatformSettings probe = PlatformSettings.from(args.toArray(String[]::new), new Properties());
        args.add("--services=roadmap,foncier");
        args.add("--jvm-options=-Xss512k -Dfake.failing-port=" + probe.port(EssorService.FONCIER));
        LocalPlatform platform = new LocalPlatform(PlatformSettings.from(args.toArray(String[]::new), new Properties()),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            assertThatThrownBy(platform::start)
                    .hasMessageContaining("foncier-service")
                    .hasMessageContaining("code 3")
                    .hasMessageContaining("APPLICATION FAILED TO START");
        } finally {
            platform.stop();
        }
        assertThat(new HealthProbe().isUp(URI.create(probe.url(EssorService.ROADMAP) + "/actuator/health"))).isFalse();
    }

    @Test
    void aProviderThatDoesNotComeUpFailsTheStartAndLeavesNoServiceRunning() {
        List<String> args = argsOnFreePorts();
        PlatformSettings probe = PlatformSettings.from(args.toArray(String[]::new), new Properties());
        args.add("--jvm-options=-Xss512k -Dfake.failing-port=" + probe.idpPort());
        LocalPlatform platform = new LocalPlatform(PlatformSettings.from(args.toArray(String[]::new), new Properties()),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            assertThatThrownBy(platform::start)
                    .hasMessageContaining("identity-provider")
                    .hasMessageContaining("code 3");
        } finally {
            platform.stop();
        }
        for (EssorService service : EssorService.values()) {
            assertThat(new HealthProbe().isUp(URI.create(probe.url(service) + "/actuator/health")))
                    .as(service + " is not left running").isFalse();
        }
    }

    @Test
    void theBrokerTheStoreAndAServiceRunAloneAndAreStartedAgainWhenKilled() throws Exception {
        PlatformSettings settings = PlatformSettings.from(argsOnFreePorts().toArray(String[]::new), new Properties());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LocalPlatform platform = new LocalPlatform(settings, new PrintStream(console, true, StandardCharsets.UTF_8));
        Thread supervisor = new Thread(platform::awaitStop, "supervisor");
        try {
            platform.start();
            supervisor.start();
            long launcher = ProcessHandle.current().pid();
            for (String part : List.of("kafka", "mongo-store", "roadmap-service")) {
                ServiceProcess process = platform.part(part);
                assertThat(process.pid()).as(part + " runs in a JVM of its own").isNotEqualTo(launcher);
                long killed = process.pid();
                ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9
                ProcessHandle.of(killed).ifPresent(handle -> handle.onExit().join());

                String upAgain = part + " est de nouveau UP / started again and UP (pid ";
                await(() -> console.toString(StandardCharsets.UTF_8).contains(upAgain + process.pid() + ")")
                        && process.pid() != killed, part + " reported started again and UP");
                assertThat(new HealthProbe().isUp(process.healthUri())).as(part + " UP").isTrue();
                String output = console.toString(StandardCharsets.UTF_8);
                String restarted = part + " s'est arrêté (code 137) / exited, relancé / restarted (pid " + process.pid()
                        + ", après / after 2 s)";
                assertThat(output).contains(restarted);
                assertThat(output.indexOf(upAgain + process.pid())).as("reported UP after it was restarted")
                        .isGreaterThan(output.indexOf(restarted));
            }
            assertThat(settings.logsDir().resolve("kafka.previous.log")).content()
                    .as("the killed broker's log is kept").contains("Kafka broker up on localhost:" + settings.kafkaPort());
            assertThat(settings.logsDir().resolve("mongo-store.log")).content()
                    .contains("Mongo store up on localhost:" + settings.mongoPort());
        } finally {
            platform.stop();
            supervisor.join(10_000);
        }
        assertThat(new HealthProbe().isUp(URI.create("tcp://localhost:" + settings.kafkaPort())))
                .as("the broker is stopped").isFalse();
        assertThat(new HealthProbe().isUp(URI.create("tcp://localhost:" + settings.mongoPort())))
                .as("the store is stopped").isFalse();
        assertThat(settings.logsDir().resolve("mongo-store.log")).content().contains("Mongo store on localhost:"
                + settings.mongoPort() + " stopped");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> argsOnFreePorts() {
        List<String> args = new ArrayList<>(List.of(
                "--data-dir=" + work.resolve("data"),
                "--kafka.port=" + FreePorts.next(),
                "--kafka.controller-port=" + FreePorts.next(),
                "--mongo.port=" + FreePorts.next(),
                "--idp-port=" + FreePorts.next(),
                "--idp.jar=" + fakeJar,
                "--startup-timeout=60"));
        for (EssorService service : EssorService.values()) {
            args.add("--" + service.shortName() + ".port=" + FreePorts.next());
            args.add("--" + service.shortName() + ".jar=" + fakeJar);
        }
        return args;
    }
}
