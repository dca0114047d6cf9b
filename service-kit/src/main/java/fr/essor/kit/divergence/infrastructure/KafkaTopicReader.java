package fr.essor.kit.divergence.infrastructure;

import fr.essor.kit.divergence.domain.TopicEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the service's topics from the beginning up to their end offsets at the time of the read, with a consumer of
 * its own that is assigned the partitions (no consumer group: it never commits an offset, never moves anyone's
 * position, never creates a topic). The service's topics are those on the broker named {@code essor.<service>.…}
 * (not its consumers' {@code .dlt} topics) plus any other its store names.
 */
public class KafkaTopicReader {

    private final Map<String, Object> consumerProperties;
    private final String service;
    private final String topicPrefix;
    private final JsonMapper json;
    private final Duration timeout;

    public KafkaTopicReader(Map<String, Object> consumerProperties, String service, JsonMapper json,
                            Duration timeout) {
        this.consumerProperties = consumerProperties;
        this.service = service;
        this.topicPrefix = "essor." + service + ".";
        this.json = json;
        this.timeout = timeout;
    }

    /** Every record of the service's topics and of {@code alsoRead}; a topic the broker does not have reads empty. */
    public List<TopicEvent> readAll(Collection<String> alsoRead) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "essor-divergence-" + service);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
            Set<String> topics = new TreeSet<>();
            existing.keySet().stream().filter(topic -> topic.startsWith(topicPrefix) && !topic.endsWith(".dlt"))
                    .forEach(topics::add);
            alsoRead.stream().filter(existing::containsKey).forEach(topics::add);
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(topic -> existing.get(topic).forEach(partition ->
                    partitions.add(new TopicPartition(topic, partition.partition()))));
            List<TopicEvent> events = new ArrayList<>();
            if (partitions.isEmpty()) {
                return events;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, timeout));
            ends.entrySet().removeIf(end -> consumer.position(end.getKey(), timeout) >= end.getValue());
            long deadline = System.nanoTime() + timeout.multipliedBy(Math.max(1, partitions.size())).toNanos();
            while (!ends.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics not read to their end in time; left: " + ends.keySet());
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = ends.get(partition);
                    if (end != null && record.offset() < end) {
                        events.add(toEvent(record));
                    }
                }
                ends.entrySet().removeIf(end -> consumer.position(end.getKey(), timeout) >= end.getValue());
            }
            return events;
        }
    }

    private TopicEvent toEvent(ConsumerRecord<String, byte[]> record) {
        return new TopicEvent(header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_source"),
                header(record, "ce_subject") != null ? header(record, "ce_subject") : record.key(), record.topic(),
                record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()), version(record.value()));
    }

    /** The aggregate version a payload carries at its top level; null when it carries none or is not JSON. */
    private Long version(byte[] payload) {
        if (payload == null) {
            return null;
        }
        try {
            JsonNode version = json.readTree(payload).get("version");
            return version != null && version.isIntegralNumber() ? version.asLong() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
