package fr.essor.kit.it;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.TestIdentityProviderInitializer;
import fr.essor.kit.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health gauges on the real scrape: {@code essor_health_status{component}} — the series the EssorHealthDown alert
 * reads — is 1 for each component while the service is healthy, then 0 for {@code mongo} and {@code overall} once the
 * service's own store (a mongo-java-server of this test) is stopped, as {@code /actuator/health} says, while
 * {@code kafka} stays 1.
 */
@SpringBootTest(classes = KitTestService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"essor.store.timeout=2s", "essor.health.gauge-refresh=2s"})
@ContextConfiguration(initializers = TestIdentityProviderInitializer.class)
class HealthGaugesIT {

    private static final MongoServer store = new MongoServer(new MemoryBackend());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        InetSocketAddress address = store.bind();
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + address.getPort() + "/essor-kittest-health");
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void stopStore() {
        store.shutdownNow();
    }

    @Test
    void eachComponentReadsOneWhileUpThenZeroWhenItsIndicatorGoesDown() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(status(scrape, "overall")).as(scrape).contains(1.0);
            assertThat(status(scrape, "mongo")).contains(1.0);
            assertThat(status(scrape, "kafka")).contains(1.0);
        });
        assertThat(Api.at(port).get("/actuator/health").statusCode()).isEqualTo(200);

        store.shutdownNow();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(status(scrape, "mongo")).as(scrape).contains(0.0);
            assertThat(status(scrape, "overall")).contains(0.0);
            assertThat(status(scrape, "kafka")).as("only the component that is down").contains(1.0);
        });
        assertThat(Api.at(port).get("/actuator/health").body()).contains("\"mongo\":{\"status\":\"DOWN\"");
    }

    private String scrape() {
        return Api.at(port).get("/actuator/prometheus", "text/plain").body();
    }

    /** The value of {@code essor_health_status{application="kittest",component="…"}}, with exactly these labels. */
    private static Optional<Double> status(String scrape, String component) {
        Matcher sample = Pattern.compile("(?m)^essor_health_status\\{application=\"kittest\",component=\""
                + Pattern.quote(component) + "\"} (\\S+)$").matcher(scrape);
        return sample.find() ? Optional.of(Double.parseDouble(sample.group(1))) : Optional.empty();
    }
}
