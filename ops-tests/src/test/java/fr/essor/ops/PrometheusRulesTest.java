package fr.essor.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ops/prometheus through promtool: the configuration, the rules, and the rules' unit tests. */
class PrometheusRulesTest {

    private final Path root = Repository.root();
    private final Path prometheus = root.resolve("ops/prometheus");

    @Test
    void prometheusConfigurationIsValidAndLoadsTheRules() {
        Promtool.Result result = Promtool.run(prometheus, "check", "config", "prometheus.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 1 rule files found");
    }

    @Test
    void alertRulesAreValid() {
        List<String> arguments = new ArrayList<>(List.of("check", "rules"));
        new OpsQueries(root).ruleFiles().forEach(file -> arguments.add(prometheus.relativize(file).toString()));

        Promtool.Result result = Promtool.run(prometheus, arguments.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void alertRuleUnitTestsPass() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("test", "rules"));
        testFiles().forEach(file -> arguments.add(prometheus.relativize(file).toString()));

        Promtool.Result result = Promtool.run(prometheus, arguments.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasAUnitTestWhereItFiresAndOneWhereItStaysQuiet() throws IOException {
        Set<String> alerts = new HashSet<>();
        new OpsQueries(root).ruleQueries().forEach(query -> alerts.add(query.where().replaceFirst(".*: alert ", "")));
        Map<String, Set<Boolean>> tested = new HashMap<>();
        for (Path file : testFiles()) {
            for (Map<String, Object> test : (List<Map<String, Object>>) OpsQueries.yaml(file).get("tests")) {
                for (Map<String, Object> check : (List<Map<String, Object>>) test.getOrDefault("alert_rule_test", List.of())) {
                    boolean fires = !((List<?>) check.getOrDefault("exp_alerts", List.of())).isEmpty();
                    tested.computeIfAbsent((String) check.get("alertname"), name -> new HashSet<>()).add(fires);
                }
            }
        }

        assertThat(alerts).isNotEmpty();
        assertThat(alerts).allSatisfy(alert -> assertThat(tested.get(alert))
                .as("promtool tests of %s (true: it fires, false: it stays quiet)", alert)
                .containsExactlyInAnyOrder(true, false));
        assertThat(tested.keySet()).as("tests of alerts that do not exist").isSubsetOf(alerts);
    }

    private List<Path> testFiles() throws IOException {
        try (Stream<Path> files = Files.list(prometheus.resolve("tests"))) {
            List<Path> tests = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
            assertThat(tests).as("promtool unit tests in ops/prometheus/tests").isNotEmpty();
            return tests;
        }
    }
}
