package fr.essor.kit.testing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The probe on the embedded broker: waiting for the records of one key, or saying what it found. */
class TopicProbeIT {

    private final TopicProbe probe = TopicProbe.ofTestInfrastructure();
    private final String topic = "essor.test.probe-" + UUID.randomUUID();

    private void send(String key, String value) {
        probe.send(topic, key, value.getBytes(StandardCharsets.UTF_8), Map.of("ce_type", "fr.essor.test.v1"));
    }

    @Test
    void awaitingAKeyReturnsItsRecordsInOrderWithTheirHeadersAndNoneOfTheOtherKeys() {
        send("A-1", "first");
        send("B-2", "other");
        send("A-1", "second");

        List<TopicProbe.Received> keyed = probe.awaitKeyed(topic, "A-1", 2);

        assertThat(keyed).extracting(TopicProbe.Received::value).containsExactly("first", "second");
        assertThat(keyed).allSatisfy(r -> assertThat(r.header("ce_type")).isEqualTo("fr.essor.test.v1"));
    }

    @Test
    void tooFewRecordsForAKeyFailWithWhatWasFound() {
        send("A-1", "only");

        assertThatThrownBy(() -> probe.awaitKeyed(topic, "A-1", 2, Duration.ofMillis(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected at least 2 record(s) keyed A-1 on " + topic + " within PT0.5S, found 1");
    }
}
