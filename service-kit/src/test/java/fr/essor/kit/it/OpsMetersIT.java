package fr.essor.kit.it;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ops meters on the real scrape after real writes: business counters once per fact, HTTP latency buckets. */
@EssorIntegrationTest
class OpsMetersIT {

    @LocalServerPort
    int port;

    @Test
    void aWriteCountsItsFactOnceAndTheRequestLandsInTheLatencySloBuckets() {
        // precondition, not the behaviour under test: the service verifies tokens (on a loaded machine its first
        // fetch of the provider's configuration can time out and answer 500)
        await().atMost(Duration.ofSeconds(60)).until(() ->
                Api.at(port).as("admin").get("/api/ops/dead-letters").statusCode() == 200);
        double before = sample("essor_business_things_registered_total");

        assertThat(Api.at(port).as("admin").post("/api/things/meters-" + UUID.randomUUID(), "application/json", "")
                .statusCode()).isEqualTo(200);
        assertThat(Api.at(port).as("admin").post("/api/things/meters-" + UUID.randomUUID(), "application/json", "")
                .statusCode()).isEqualTo(200);

        assertThat(sample("essor_business_things_registered_total")).as(() -> scrape().lines()
                .filter(line -> line.contains("essor_business")).toList().toString()).isEqualTo(before + 2);
        String scrape = scrape();
        // the SLO buckets exist for the route (values depend on the machine's load), and hold both requests
        for (String le : new String[] {"0\\.25", "1\\.0", "5\\.0"}) {
            assertThat(scrape).containsPattern("(?m)^http_server_requests_seconds_bucket\\{(?=.*le=\"" + le + "\")"
                    + "(?=.*uri=\"/api/things/\\{id\\}\").*} \\d");
        }
        assertThat(scrape).containsPattern("(?m)^http_server_requests_seconds_bucket\\{(?=.*le=\"\\+Inf\")"
                + "(?=.*uri=\"/api/things/\\{id\\}\").*} ([2-9]|\\d\\d)");
        assertThat(scrape).contains("essor_outbox_backlog{application=\"kittest\"}",
                "essor_outbox_oldest_pending_age_seconds{application=\"kittest\"}");
    }

    private String scrape() {
        return Api.at(port).get("/actuator/prometheus", "text/plain").body();
    }

    private double sample(String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{[^}]*application=\"kittest\"[^}]*} (\\S+)")
                .matcher(scrape());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
