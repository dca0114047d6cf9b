package fr.essor.kit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.TestIdentityProviderInitializer;
import fr.essor.kit.testing.TestInfrastructure;

/**
 * A service whose store cannot be reached (nothing listens on its port): an API write answers 503 problem+json with
 * Retry-After within the bounded wait (5 s here, not the driver's 30 s) and health says DOWN, instead of hanging.
 */
@SpringBootTest(classes = KitTestService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "essor.store.timeout=2s", "essor.outbox.poll-interval=1h" })
@ContextConfiguration(initializers = TestIdentityProviderInitializer.class)
class StoreOutageIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void unreachableStore(DynamicPropertyRegistry registry) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free, and nobody listens once the socket is closed
        }
        int port = closed;
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + port + "/essor-kittest-outage");
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.get().kafkaBootstrapServers());
    }

    @Test
    void aWriteAnswers503WithRetryAfterWithinTheBoundedWaitAndHealthIsDown() {
        long start = System.nanoTime();
        HttpResponse<String> write = Api.at(port).as("admin").postJson("/api/things/outage", "{}");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(write.body()).contains("rien n'a été enregistré");
        assertThat(took).as("bounded by essor.store.timeout, not the driver's 30 s").isLessThan(Duration.ofSeconds(15));

        HttpResponse<String> health = Api.at(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"mongo\":{\"status\":\"DOWN\"");
    }
}
