package fr.essor.kit.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Reads a topic from its beginning, and writes raw records to it, as an outside party would. */
public final class TopicProbe {

    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static TopicProbe ofTestInfrastructure() {
        return new TopicProbe(TestInfrastructure.get().kafkaBootstrapServers());
    }

    /** A record as read back: key, UTF-8 value and headers. */
    public record Received(String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Every record currently in the topic (all partitions), read from the beginning (10 s at most). */
    public List<Received> readAll(String topic) {
        return read(topic, Duration.ofSeconds(10), false);
    }

    /**
     * Every record currently in the topic (all partitions), read from the beginning.
     *
     * @throws IllegalStateException when the end of a partition is not reached within {@code patience}
     */
    public List<Received> readAll(String topic, Duration patience) {
        return read(topic, patience, true);
    }

    private List<Received> read(String topic, Duration patience, boolean whole) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Received> received = new ArrayList<>();
            long deadline = System.currentTimeMillis() + patience.toMillis();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    if (whole) {
                        throw new IllegalStateException("Not all of " + topic + " read within " + patience);
                    }
                    break; // what was read so far: the callers poll again
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    received.add(new Received(record.key(), new String(record.value(), StandardCharsets.UTF_8),
                            headers));
                }
            }
            return received;
        }
    }

    /** The records keyed {@code key} in the topic, once there are at least {@code count} of them (20 s at most). */
    public List<Received> awaitKeyed(String topic, String key, int count) {
        return awaitKeyed(topic, key, count, Duration.ofSeconds(20));
    }

    /** The records keyed {@code key} in the topic, once there are at least {@code count} of them. */
    public List<Received> awaitKeyed(String topic, String key, int count, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Received> keyed = keyed(topic, key);
        while (keyed.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            keyed = keyed(topic, key);
        }
        if (keyed.size() < count) {
            throw new AssertionError("Expected at least " + count + " record(s) keyed " + key + " on " + topic
                    + " within " + patience + ", found " + keyed.size());
        }
        return keyed;
    }

    private List<Received> keyed(String topic, String key) {
        return readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Sends a raw record (e.g. a poison message, or a replayed event) and waits for the acknowledgement. */
    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }
}
