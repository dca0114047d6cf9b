package fr.essor.kit.it;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The ops meters on the real scrape after real writes: business counters once per fact, HTTP latency buckets. */
@EssorIntegrationTest
class OpsMetersIT {

    @LocalServerPort
    int port;

    @Test
    void aWriteCountsItsFactOnceAndTheRequestLandsInTheLatencySloBuckets() {
        double before = sample("essor_business_things_registered_total");

        assertThat(Api.at(port).as("admin").post("/api/things/meters-" + UUID.randomUUID(), "application/json", "")
                .statusCode()).isEqualTo(200);
        assertThat(Api.at(port).as("admin").post("/api/things/meters-" + UUID.randomUUID(), "application/json", "")
                .statusCode()).isEqualTo(200);

        assertThat(sample("essor_business_things_registered_total")).as(() -> scrape().lines()
                .filter(line -> line.contains("essor_business")).toList().toString()).isEqualTo(before + 2);
        String scrape = scrape();
        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.25\"[^}]*"
                + "uri=\"/api/things/\\{id\\}\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"1\\.0\"[^}]*"
                + "uri=\"/api/things/\\{id\\}\"");
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
