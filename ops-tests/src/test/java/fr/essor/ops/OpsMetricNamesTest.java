package fr.essor.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's own metrics named in ops/ are the ones service-kit registers (their Prometheus names derived from
 * the Micrometer builders in its code); Boot's, Kafka's and Mongo's are checked against a live scrape by e2e-tests'
 * OpsMetricsIT. Every dashboard query is valid PromQL (promtool parses them as rules).
 */
class OpsMetricNamesTest {

    private static final Pattern METER = Pattern.compile(
            "(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\"([^\"]+)\"(.*?);", Pattern.DOTALL);

    private final Path root = Repository.root();
    private final OpsQueries ops = new OpsQueries(root);

    @Test
    void everyEssorMetricNamedInOpsIsOneTheKitRegisters() throws IOException {
        Set<String> registered = kitMetrics();
        Map<String, Set<String>> named = ops.metricNames();

        assertThat(registered).as("metrics the kit registers").contains("essor_events_published_total",
                "essor_outbox_oldest_pending_age_seconds", "essor_business_grants_awarded_euros_total",
                "essor_business_insertion_hours_total", "essor_business_reviews_published_total");
        named.forEach((name, where) -> {
            if (name.startsWith("essor_")) {
                assertThat(registered).as("%s, named in %s", name, where).contains(name);
            }
        });
    }

    @Test
    void everyMetricTheKitRegistersIsOnADashboard() throws IOException {
        Set<String> onDashboards = new TreeSet<>();
        ops.dashboardQueries().forEach(query -> onDashboards.addAll(query.metricNames()));

        assertThat(onDashboards).containsAll(kitMetrics());
    }

    @Test
    void everyDashboardQueryIsValidPromQl() throws IOException {
        List<OpsQueries.Query> queries = ops.dashboardQueries();
        assertThat(queries).hasSizeGreaterThan(10);
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            String expression = queries.get(i).expression().replace("$__rate_interval", "1m")
                    .replace("$__range", "1h").replace("$application", "funding");
            rules.append("      - record: dashboard:query_").append(i).append("\n        expr: '")
                    .append(expression.replace("'", "''")).append("'\n");
        }
        Path file = Files.createTempFile("essor-dashboard-queries", ".yml");
        try {
            Files.writeString(file, rules);
            Promtool.Result result = Promtool.run(root, "check", "rules", file.toString());

            assertThat(result.exitCode()).as("%s\n%s", result.output(), rules).isZero();
            assertThat(result.output()).contains("SUCCESS: " + queries.size() + " rules found");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theHealthAlertSelectsTheKitsHealthGaugeByTheLabelTheKitTagsItWith() throws IOException {
        String gauges = Files.readString(root.resolve("service-kit/src/main/java/fr/essor/kit/health/HealthGauges.java"));
        Matcher label = Pattern.compile("String COMPONENT = \"([^\"]+)\"").matcher(gauges);
        Matcher overall = Pattern.compile("String OVERALL = \"([^\"]+)\"").matcher(gauges);
        assertThat(label.find() && overall.find()).as("HealthGauges names its label and its aggregate").isTrue();
        assertThat(gauges).contains("Gauge.builder(\"essor.health.status\"", ".tag(COMPONENT, component)");

        OpsQueries.Query alert = ops.ruleQueries().stream()
                .filter(query -> query.where().endsWith("alert EssorHealthDown")).findFirst().orElseThrow();

        assertThat(alert.expression()).as("one alert per component, the aggregate left out")
                .contains("essor_health_status{" + label.group(1) + "!=\"" + overall.group(1) + "\"} == 0");
    }

    /** Prometheus names of the meters built in service-kit's main code, as Micrometer's Prometheus registry names them. */
    private Set<String> kitMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("service-kit/src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher meter = METER.matcher(Files.readString(source));
            while (meter.find()) {
                String base = meter.group(2).replace('.', '_');
                boolean seconds = meter.group(3).contains(".baseUnit(\"seconds\")");
                switch (meter.group(1)) {
                    case "Counter" -> names.add(base + "_total");
                    case "Gauge" -> names.add(seconds ? base + "_seconds" : base);
                    default -> {
                        String unit = meter.group(1).equals("Timer") ? base + "_seconds" : base;
                        names.addAll(List.of(unit + "_count", unit + "_sum", unit + "_max"));
                    }
                }
            }
        }
        names.addAll(businessMetrics());
        return names;
    }

    private static final Pattern BUSINESS_FACT = Pattern.compile(
            "BusinessFact\\.counting\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"|\\.summing\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"");

    /** The business counters the services declare ({@code BusinessFact.counting(type, counter, …).summing(field, counter, …)}). */
    private Set<String> businessMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(path -> path.getFileName().toString().endsWith("-service")).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        for (Path source : sources) {
            Matcher fact = BUSINESS_FACT.matcher(Files.readString(source));
            while (fact.find()) {
                String counter = fact.group(1) != null ? fact.group(1) : fact.group(2);
                names.add(counter.replace('.', '_') + "_total");
            }
        }
        return names;
    }
}
