package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.consuming.Consumption;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The replay on Kafka: a consumer of its own, without group id, that assigns itself every partition of a topic
 * (never subscribes, never commits: the live bindings' committed offsets are untouched), seeks to the beginning, takes
 * the end offsets once at the start and reads up to them. Each record becomes the message the binder would have made
 * (payload and headers as they are: the CloudEvents binary-mode {@code ce_*} headers and {@code content-type}), read by
 * the live consumer's own reader and handler. Records published after the start are left to the live bindings.
 */
public class KafkaTopicReplay implements TopicReplay {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicReplay.class);

    private final Map<String, Object> consumerProperties;
    private final Duration timeout;

    /** @param timeout the longest a whole topic may take; beyond it the replay stops with an error */
    public KafkaTopicReplay(Map<String, Object> consumerProperties, String clientId, Duration timeout) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // a topic not there yet is replayed as empty
        this.consumerProperties = Map.copyOf(config);
        this.timeout = timeout;
    }

    @Override
    public List<TopicReplayed> replay(List<ReplayedBinding> bindings) {
        Map<String, List<Function<Message<byte[]>, Consumption>>> byTopic = new TreeMap<>();
        for (ReplayedBinding binding : bindings) {
            binding.topics().forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>())
                    .add(binding.handling()));
        }
        List<TopicReplayed> replayed = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            byTopic.forEach((topic, handlers) -> replayed.add(replay(consumer, topic, handlers)));
        }
        return List.copyOf(replayed);
    }

    private TopicReplayed replay(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                 List<Function<Message<byte[]>, Consumption>> handlers) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            return new TopicReplayed(topic, 0, 0, 0, 0);
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions));
        long read = 0;
        long applied = 0;
        long skipped = 0;
        long failed = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                consumer.unsubscribe();
                throw new IllegalStateException("The replay of " + topic + " did not finish within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue; // published after the replay started: the live binding applies it
                }
                read++;
                Message<byte[]> message = toMessage(record);
                for (Function<Message<byte[]>, Consumption> handler : handlers) {
                    try {
                        if (handler.apply(message) == Consumption.APPLIED) {
                            applied++;
                        } else {
                            skipped++;
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        log.warn("Replay of {}-{}@{} failed: {}", topic, record.partition(), record.offset(),
                                e.getMessage());
                    }
                }
            }
        }
        consumer.unsubscribe();
        return new TopicReplayed(topic, read, applied, skipped, failed);
    }

    private static Message<byte[]> toMessage(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                : record.value());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset()).build();
    }
}
