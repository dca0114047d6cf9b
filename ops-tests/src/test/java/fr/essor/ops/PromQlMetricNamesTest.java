package fr.essor.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlMetricNamesTest {

    @Test
    void readsTheMetricsOfAnExpressionWithoutFunctionsLabelsOrKeywords() {
        String expression = """
                sum by (application, topic, group) (increase(essor_events_dead_letters_total{topic=~"essor.foncier.*"}[15m])) > 0
                or (essor_outbox_backlog unless essor_outbox_backlog offset 15m) and on (application) process_uptime_seconds
                """;

        assertThat(PromQlMetricNames.of(expression)).containsExactly("essor_events_dead_letters_total",
                "essor_outbox_backlog", "process_uptime_seconds");
    }

    @Test
    void acceptsGrafanaVariablesAndNumbers() {
        String expression = "sum(rate(http_server_requests_seconds_count{application=~\"$application\",status=~\"5..\"}"
                + "[$__rate_interval])) / 1e3 > 0.05 * jvm_memory_max_bytes";

        assertThat(PromQlMetricNames.of(expression))
                .containsExactly("http_server_requests_seconds_count", "jvm_memory_max_bytes");
    }

    @Test
    void aBareSelectorIsItsOwnMetric() {
        assertThat(PromQlMetricNames.of("up{job=\"essor-services\"} == 0")).containsExactly("up");
    }
}
