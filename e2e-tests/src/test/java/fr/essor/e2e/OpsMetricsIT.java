package fr.essor.e2e;

import fr.essor.ops.OpsQueries;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric the alert rules and Grafana dashboards of ops/ name is one the running services really expose on
 * /actuator/prometheus. Some series appear only after traffic: the test first makes an event travel from funding to
 * the roadmap, and asks each service's health (which pings MongoDB).
 */
@EndToEnd
class OpsMetricsIT {

    /**
     * Series this test cannot make appear: the dead-letter counter is registered with the first dead letter (its name
     * is checked against the kit's code by ops-tests' OpsMetricNamesTest).
     */
    /**
     * Series that exist only once their first sample happened: a dead letter, a webhook delivery attempt (the
     * platform of these tests has no EPT subscription; the webhooks' own integration tests deliver), and a fact
     * replayed by the rebuild of a projection (nobody rebuilds here; the rebuilds' integration tests do).
     */
    private static final Set<String> ONLY_AFTER_A_FIRST_EVENT = Set.of("essor_events_dead_letters_total",
            "essor_events_replayed_total",
            "essor_webhooks_deliveries_total", "essor_webhooks_attempt_duration_seconds_count",
            "essor_webhooks_attempt_duration_seconds_sum", "essor_webhooks_attempt_duration_seconds_max");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    private final EssorPlatform platform;
    private final PlatformApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OpsMetricsIT(EssorPlatform platform) {
        this.platform = platform;
        this.api = new PlatformApi(platform);
    }

    @Test
    void everyMetricNamedInOpsIsExposedByTheRunningServices() {
        Map<String, Set<String>> named = new OpsQueries(repository()).metricNames();
        assertThat(named).containsKeys("essor_events_published_total", "essor_outbox_oldest_pending_age_seconds",
                "http_server_requests_seconds_count", "spring_cloud_stream_binder_kafka_offset");

        NewOrganisation organisation = NewOrganisation.association("Métriques", "93008");
        assertThat(api.register(EssorService.FUNDING, "instructeur", organisation).status()).isEqualTo(201);
        await("the roadmap consumes funding's event").atMost(Duration.ofSeconds(60))
                .until(() -> api.directoryEntry(organisation.siret()).isPresent());
        for (EssorService service : EssorService.values()) {
            get(service, "/actuator/health");
        }

        Map<String, Set<String>> missing = await("every series named in ops/ is scraped").atMost(Duration.ofSeconds(60))
                .until(() -> missing(named), Map::isEmpty);
        assertThat(missing).isEmpty();
    }

    /** Metric → where ops/ names it, for the metrics no service exposes yet (besides {@link #ONLY_AFTER_A_FIRST_EVENT}). */
    private Map<String, Set<String>> missing(Map<String, Set<String>> named) {
        Set<String> exposed = new TreeSet<>();
        for (EssorService service : EssorService.values()) {
            Matcher sample = SAMPLE.matcher(get(service, "/actuator/prometheus"));
            while (sample.find()) {
                exposed.add(sample.group(1));
            }
        }
        Map<String, Set<String>> missing = new TreeMap<>(named);
        missing.keySet().removeAll(exposed);
        missing.keySet().removeAll(ONLY_AFTER_A_FIRST_EVENT);
        return missing;
    }

    private String get(EssorService service, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (path.endsWith("prometheus")) {
                assertThat(response.statusCode()).as("%s %s", service, path).isEqualTo(200);
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(service + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path repository() {
        return Path.of(System.getProperty("essor.e2e.home", "..")).toAbsolutePath().normalize();
    }
}
