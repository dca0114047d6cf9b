package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for child services, with the fake service as the child. */
class HealthProbeIT {

    @TempDir
    Path work;

    @Test
    void givesUpAfterTheTimeoutNamingTheServiceStillNotUpAndShowingItsLog() {
        int port = FreePorts.next();
        URI nobodyAnswers = URI.create("http://localhost:" + FreePorts.next() + "/actuator/health");
        ServiceProcess alive = fakeService("silent-service", port, nobodyAnswers);
        List<ServiceProcess> reportedUp = new ArrayList<>();
        try {
            alive.start();
            await("the fake service listens").atMost(Duration.ofSeconds(30))
                    .until(() -> alive.logTail(5).contains("fake service up on " + port));

            assertThatThrownBy(() -> new HealthProbe().awaitUp(List.of(alive), Duration.ofSeconds(1), reportedUp::add))
                    .hasMessageContaining("silent-service")
                    .hasMessageContaining("not UP after 1 s")
                    .hasMessageContaining(nobodyAnswers.toString())
                    .hasMessageContaining("fake service up on " + port);
            assertThat(alive.isAlive()).as("still running, just not answering").isTrue();
        } finally {
            ServiceProcess.stopAll(List.of(alive), Duration.ofSeconds(10));
        }
        assertThat(reportedUp).isEmpty();
        assertThat(alive.isAlive()).isFalse();
    }

    @Test
    void reportsEachServiceOnceWhenItIsUp() {
        int port = FreePorts.next();
        ServiceProcess service = fakeService("roadmap-service", port,
                URI.create("http://localhost:" + port + "/actuator/health"));
        List<ServiceProcess> reportedUp = new ArrayList<>();
        try {
            service.start();
            new HealthProbe().awaitUp(List.of(service), Duration.ofSeconds(30), reportedUp::add);

            assertThat(reportedUp).containsExactly(service);
            assertThat(new HealthProbe().isUp(service.healthUri())).isTrue();
        } finally {
            ServiceProcess.stopAll(List.of(service), Duration.ofSeconds(10));
        }
        assertThat(new HealthProbe().isUp(service.healthUri())).isFalse();
    }

    private ServiceProcess fakeService(String name, int port, URI health) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        return new ServiceProcess(name, List.of(java, "-Xss512k", "-cp", testClasses, FakeService.class.getName(),
                "--server.port=" + port), work.resolve(name + ".log"), health);
    }
}
