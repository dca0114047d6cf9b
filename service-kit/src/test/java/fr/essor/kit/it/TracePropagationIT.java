package fr.essor.kit.it;

import fr.essor.kit.testing.TestIdentityProvider;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** W3C trace context from an HTTP command, through the outbox and Kafka, into the consumer (ARCHITECTURE §5). */
@EssorIntegrationTest
class TracePropagationIT {

    @LocalServerPort
    int port;
    @Autowired
    KitTestService.ThingHandler handler;

    private final TopicProbe probe = TopicProbe.ofTestInfrastructure();

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private String create(String key, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/things/" + key))
                .header("Authorization", "Bearer " + TestIdentityProvider.shared().accessToken("admin"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).get("eventId").asString();
    }

    @Test
    void theTraceOfTheRequestThatWroteTheAggregateIsOnThePublishedRecordAndContinuesInTheConsumer() throws Exception {
        String traceId = randomHex(16);
        String key = "thing-" + UUID.randomUUID();

        String eventId = create(key, "00-" + traceId + "-" + randomHex(8) + "-01");

        List<TopicProbe.Received> records = probe.awaitKeyed(KitTestService.TOPIC, key, 1);
        assertThat(records.getFirst().header("ce_id")).isEqualTo(eventId);
        assertThat(records.getFirst().header("traceparent")).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handler.traceIds.get(eventId)).isEqualTo(traceId));
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceThatTheConsumerContinues() throws Exception {
        String key = "thing-" + UUID.randomUUID();

        String eventId = create(key, null);

        String traceparent = probe.awaitKeyed(KitTestService.TOPIC, key, 1).getFirst().header("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handler.traceIds.get(eventId)).isEqualTo(traceparent.substring(3, 35)));
    }
}
