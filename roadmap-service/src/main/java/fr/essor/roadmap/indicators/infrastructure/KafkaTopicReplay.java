package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.roadmap.indicators.application.TopicReplay;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Replays the upstream topics from offset 0 up to their end at the start of the replay, outside any consumer group
 * (the live bindings keep their committed offsets), handing each record to the same consumer function as the live
 * binding. Records that fail again (they were dead-lettered the first time) are counted, not retried.
 */
public class KafkaTopicReplay implements TopicReplay {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicReplay.class);

    private final String bootstrapServers;
    private final Map<String, Consumer<Message<byte[]>>> consumersByTopic;
    private final Duration timeout;

    public KafkaTopicReplay(String bootstrapServers, Map<String, Consumer<Message<byte[]>>> consumersByTopic,
                            Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.consumersByTopic = Map.copyOf(consumersByTopic);
        this.timeout = timeout;
    }

    @Override
    public Report replayFromStart() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "roadmap-indicators-replay");
        List<TopicReport> reports = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumersByTopic.keySet().stream().sorted().forEach(topic ->
                    reports.add(replay(consumer, topic, consumersByTopic.get(topic))));
        }
        return new Report(reports);
    }

    private TopicReport replay(KafkaConsumer<byte[], byte[]> consumer, String topic,
                               Consumer<Message<byte[]>> apply) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            return new TopicReport(topic, 0, 0);
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long records = 0;
        long failed = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Replay of " + topic + " did not finish within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue; // published after the replay started: the live binding applies it
                }
                records++;
                try {
                    apply.accept(toMessage(record));
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Replay of {}-{}@{} failed: {}", topic, record.partition(), record.offset(),
                            e.getMessage());
                }
            }
        }
        consumer.unsubscribe();
        return new TopicReport(topic, records, failed);
    }

    private static Message<byte[]> toMessage(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                : record.value());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.build();
    }
}
