package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final String TOPIC = "essor.funding.applications";

    @TempDir
    Path dataDir;

    @Test
    void aRecordSurvivesAStopAndARestartOnTheSamePortsAndDirectory() throws Exception {
        KafkaBroker broker = new KafkaBroker(dataDir.resolve("kafka"), FreePorts.next(), FreePorts.next());
        try {
            broker.start();
            produce(broker, "application-1", "submitted");
            assertThat(readAll(broker)).containsExactly("application-1=submitted");
            String clusterId = clusterId(broker);

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(readAll(broker)).containsExactly("application-1=submitted");
            produce(broker, "application-1", "reviewed");
            assertThat(readAll(broker)).containsExactly("application-1=submitted", "application-1=reviewed");
            assertThat(clusterId(broker)).as("the storage is formatted once, not at every start").isEqualTo(clusterId);
        } finally {
            broker.stop();
        }
    }

    @Test
    void aNewBrokerOnTheDirectoryOfAStoppedOneFindsItsTopics() throws Exception {
        Path dir = dataDir.resolve("kafka");
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        try (KafkaBroker first = new KafkaBroker(dir, port, controllerPort)) {
            first.start();
            produce(first, "lease-7", "signed");
        }
        try (KafkaBroker second = new KafkaBroker(dir, port, controllerPort)) {
            second.start();
            assertThat(readAll(second)).containsExactly("lease-7=signed");
        }
    }

    private static void produce(KafkaBroker broker, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Every record of the topic's single partition, from the beginning to the end offset. */
    private static List<String> readAll(KafkaBroker broker) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition, Duration.ofSeconds(30)) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }

    private static String clusterId(KafkaBroker broker) throws Exception {
        return Files.readAllLines(broker.dataDir().resolve("meta.properties")).stream()
                .filter(line -> line.startsWith("cluster.id="))
                .findFirst()
                .orElseThrow();
    }
}
