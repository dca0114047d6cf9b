package fr.essor.e2e.faults;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One service's dead letters as an operator sees them through its ops API ({@code /api/ops/dead-letters}, ADR-0008):
 * listed, and replayed one by one.
 */
final class DeadLetterDesk {

    /** One letter: its id, the event id it carries, the topic it came from, and its status. */
    record Letter(String id, String eventId, String originalTopic, String status) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String serviceUrl;
    private final Tokens tokens;

    DeadLetterDesk(String serviceUrl, Tokens tokens) {
        this.serviceUrl = serviceUrl;
        this.tokens = tokens;
    }

    /** The letters of records that came from {@code topic}, most recent first. */
    List<Letter> lettersOf(String topic) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/ops/dead-letters")).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/ops/dead-letters answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        List<Letter> letters = new ArrayList<>();
        for (JsonNode letter : json.readTree(answer.body())) {
            if (topic.equals(letter.path("originalTopic").asString(null))) {
                letters.add(new Letter(letter.get("id").asString(), letter.path("headers").path("ce_id").asString(null),
                        letter.get("originalTopic").asString(), letter.get("status").asString()));
            }
        }
        return letters;
    }

    /** Replays one letter as the « Rejouer » button does; the status the service answers with. */
    String replay(Letter letter) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                URI.create(serviceUrl + "/api/ops/dead-letters/" + letter.id() + "/replay"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("replaying " + letter + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return json.readTree(answer.body()).get("status").asString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.current())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
