package fr.essor.kit.consuming.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads this service's dead-letter topics (its own consumer group, {@code <service>-dead-letters}) and records each
 * letter in the {@link DeadLetterStore}: where it came from (the binder's {@code x-original-*} headers), why it failed
 * ({@code x-exception-*}), and the original record (key, headers, payload) that a replay sends back.
 */
public class DeadLetterRecorder implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String EXCEPTION_CLASS = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    private static final int MAX_MESSAGE = 2_000;

    private final DeadLetterStore store;
    private final DeadLetterTopics topics;
    private final Clock clock;

    public DeadLetterRecorder(DeadLetterStore store, DeadLetterTopics topics, Clock clock) {
        this.store = store;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        if (store.record(toLetter(record))) {
            log.warn("Dead letter recorded from {} (partition {}, offset {}), key {}", record.topic(),
                    record.partition(), record.offset(), record.key());
        }
    }

    DeadLetter toLetter(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (!isDeadLetterHeader(header.key()) && header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        DeadLetterTopics.Source source = topics.sourceOf(record.topic()).orElseGet(() ->
                new DeadLetterTopics.Source(text(record, ORIGINAL_TOPIC), null));
        String originalTopic = text(record, ORIGINAL_TOPIC) != null ? text(record, ORIGINAL_TOPIC) : source.topic();
        return new DeadLetter(idOf(record), record.topic(), record.partition(), record.offset(), originalTopic,
                number(record, ORIGINAL_PARTITION) == null ? null : number(record, ORIGINAL_PARTITION).intValue(),
                number(record, ORIGINAL_OFFSET), source.group(), record.key(), headers,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                text(record, EXCEPTION_CLASS), truncate(text(record, EXCEPTION_MESSAGE)), clock.instant(),
                DeadLetter.Status.UNRESOLVED, java.util.List.of());
    }

    /** Stable across re-reads of the topic: the same record always gets the same id. */
    static String idOf(ConsumerRecord<?, ?> record) {
        return UUID.nameUUIDFromBytes((record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static boolean isDeadLetterHeader(String name) {
        return name.startsWith("x-original-") || name.startsWith("x-exception-") || name.startsWith("kafka_dlt-");
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The binder writes partitions as 4-byte ints and offsets as 8-byte longs. */
    private static Long number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        byte[] value = header.value();
        return switch (value.length) {
            case 4 -> (long) ByteBuffer.wrap(value).getInt();
            case 8 -> ByteBuffer.wrap(value).getLong();
            default -> {
                try {
                    yield Long.parseLong(new String(value, StandardCharsets.UTF_8));
                } catch (NumberFormatException unreadable) {
                    yield null;
                }
            }
        };
    }

    private static String truncate(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }
}
