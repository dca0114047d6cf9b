package fr.essor.ops;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every PromQL query of ops/: the alert rules ({@code ops/prometheus/rules/*.yml}) and the Grafana dashboards
 * ({@code ops/grafana/dashboards/*.json}, panel targets and query variables), and the metric names they read.
 */
public final class OpsQueries {

    /** Series Prometheus makes itself when it scrapes: no service exposes them. */
    public static final Set<String> SCRAPE_SERIES = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([^,)]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One query and where it is, e.g. {@code ops/prometheus/rules/essor.rules.yml: alert EssorServiceDown}. */
    public record Query(String where, String expression) {

        public Set<String> metricNames() {
            return PromQlMetricNames.of(expression);
        }
    }

    private final Path repository;

    public OpsQueries(Path repository) {
        this.repository = repository;
    }

    public Path repository() {
        return repository;
    }

    public Path rulesDirectory() {
        return repository.resolve("ops/prometheus/rules");
    }

    public Path dashboardsDirectory() {
        return repository.resolve("ops/grafana/dashboards");
    }

    public List<Path> ruleFiles() {
        return files(rulesDirectory(), ".yml");
    }

    public List<Path> dashboardFiles() {
        return files(dashboardsDirectory(), ".json");
    }

    /** Alert (and recording) rules: name → expression, in file order. */
    @SuppressWarnings("unchecked")
    public List<Query> ruleQueries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : ruleFiles()) {
            Map<String, Object> document = yaml(file);
            for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    Object name = rule.containsKey("alert") ? "alert " + rule.get("alert") : "record " + rule.get("record");
                    queries.add(new Query(relative(file) + ": " + name, String.valueOf(rule.get("expr"))));
                }
            }
        }
        return queries;
    }

    /** Every panel target and every query variable of every dashboard. */
    public List<Query> dashboardQueries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = json(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(relative(file) + ": panel \"" + panel.path("title").asString() + "\" "
                            + target.path("refId").asString(), target.path("expr").asString()));
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                JsonNode query = variable.path("query");
                String text = query.isObject() ? query.path("query").asString() : query.asString();
                Matcher labelValues = LABEL_VALUES.matcher(text);
                if (labelValues.find()) {
                    queries.add(new Query(relative(file) + ": variable " + variable.path("name").asString(),
                            labelValues.group(1).trim()));
                }
            }
        }
        return queries;
    }

    public List<Query> allQueries() {
        List<Query> all = new ArrayList<>(ruleQueries());
        all.addAll(dashboardQueries());
        return all;
    }

    /** Metric name → where ops/ reads it; without the series Prometheus makes itself ({@link #SCRAPE_SERIES}). */
    public Map<String, Set<String>> metricNames() {
        Map<String, Set<String>> names = new TreeMap<>();
        for (Query query : allQueries()) {
            for (String name : query.metricNames()) {
                if (!SCRAPE_SERIES.contains(name)) {
                    names.computeIfAbsent(name, n -> new TreeSet<>()).add(query.where());
                }
            }
        }
        return names;
    }

    public static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(Path file) {
        return JSON.readTree(file.toFile());
    }

    private String relative(Path file) {
        return repository.relativize(file).toString();
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
