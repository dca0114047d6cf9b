package fr.essor.kit.outbox;

import fr.essor.kit.events.CloudEventHeaders;
import fr.essor.kit.events.OutgoingEvent;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends an event as a CloudEvents 1.0 binary-mode Kafka record: key = aggregate id, {@code ce_*} headers, JSON value.
 * The template's producer is idempotent with {@code acks=all}; {@link #send} waits for the acknowledgement.
 */
public class KafkaEventSender implements EventSender {

    private final KafkaTemplate<String, byte[]> template;
    private final Duration timeout;
    private final Duration maxSendTime;

    public KafkaEventSender(KafkaTemplate<String, byte[]> template, Duration timeout) {
        this.template = template;
        this.timeout = timeout;
        Map<String, Object> config = template.getProducerFactory().getConfigurationProperties();
        // send() blocks up to max.block.ms (metadata, buffer), then the producer gives up after delivery.timeout.ms
        this.maxSendTime = millis(config, ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000)
                .plus(timeout.compareTo(millis(config, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000)) > 0
                        ? timeout : millis(config, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000));
    }

    private static Duration millis(Map<String, Object> config, String name, long kafkaDefault) {
        Object value = config.get(name);
        return Duration.ofMillis(value == null ? kafkaDefault : Long.parseLong(value.toString()));
    }

    /** {@code max.block.ms} + {@code delivery.timeout.ms} (or this sender's own timeout if longer). */
    @Override
    public Duration maxSendTime() {
        return maxSendTime;
    }

    @Override
    public void send(OutgoingEvent event) throws Exception {
        send(event, Map.of());
    }

    /** Also sets the trace headers (W3C {@code traceparent}, {@code tracestate}) captured with the event. */
    @Override
    public void send(OutgoingEvent event, Map<String, String> traceHeaders) throws Exception {
        sendAsync(event, traceHeaders).get();
    }

    /** Hands the record to the producer; the future fails if the broker did not acknowledge it within the timeout. */
    @Override
    public CompletableFuture<?> sendAsync(OutgoingEvent event, Map<String, String> traceHeaders) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.subject(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.ID, event.id());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SUBJECT, event.subject());
        header(record, CloudEventHeaders.TIME, event.time().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        traceHeaders.forEach((name, value) -> header(record, name, value));
        return template.send(record).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
