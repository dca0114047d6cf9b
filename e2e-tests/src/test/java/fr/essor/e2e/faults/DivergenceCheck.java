package fr.essor.e2e.faults;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform's own divergence check of one service (ADR-0023), run now through its ops API
 * ({@code POST /api/ops/divergences/check}): its topics against its event log and its aggregates.
 */
final class DivergenceCheck {

    /** What one pass read and found apart: the events concerned, each divergence's first. */
    record Result(int topicRecords, int loggedEvents, int divergences, Set<String> eventIds) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String serviceUrl;
    private final Tokens tokens;

    DivergenceCheck(String serviceUrl, Tokens tokens) {
        this.serviceUrl = serviceUrl;
        this.tokens = tokens;
    }

    Result run() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(serviceUrl + "/api/ops/divergences/check"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + tokens.current())
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /api/ops/divergences/check answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        JsonNode report = json.readTree(answer.body());
        Set<String> eventIds = new TreeSet<>();
        for (JsonNode divergence : report.path("divergences")) {
            divergence.path("eventIds").forEach(id -> eventIds.add(id.asString()));
        }
        return new Result(report.path("topicRecords").asInt(), report.path("loggedEvents").asInt(),
                report.path("divergenceCount").asInt(), eventIds);
    }
}
