package fr.essor.benchmarks.paths;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The frameworkless floor (issue 14): the same work as the kit's path with the bare drivers, nothing else. A writer
 * inserts the document ({@code mongodb-driver-sync}, acknowledged) and hands its event to a {@code kafka-clients}
 * producer ({@code acks=all}, idempotent, the client's other defaults), without waiting; a {@code kafka-clients}
 * consumer inserts each event keyed by its id (a duplicate is dropped) and commits after each poll. What the floor does
 * not do is what the kit adds for its guarantees: the event stored with the document (outbox), claimed, logged and
 * removed after its acknowledgement, and a consumer that counts, retries and dead-letters.
 */
final class FloorPath implements EventPath {

    private static final String TOPIC = "essor.bench.floor";

    private final MongoClient client;
    private final MongoCollection<Document> items;
    private final MongoCollection<Document> applied;
    private final KafkaProducer<String, byte[]> producer;
    private final Thread consumer;
    private final ConcurrentLinkedQueue<long[]> acknowledgements = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    FloorPath(String mongoUri, String bootstrapServers) {
        client = MongoClients.create(mongoUri);
        MongoDatabase database = client.getDatabase("essor-floor");
        items = database.getCollection("floor_items");
        applied = database.getCollection("floor_applied");
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        KafkaConsumer<String, byte[]> records = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "floor-consumer",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        records.subscribe(List.of(TOPIC));
        consumer = Thread.ofPlatform().name("floor-consumer").start(() -> consume(records));
    }

    @Override
    public String name() {
        return "floor";
    }

    private void consume(KafkaConsumer<String, byte[]> records) {
        try (records) {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : records.poll(Duration.ofMillis(100))) {
                    String eventId = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                    Instant time = Instant.parse(new String(record.headers().lastHeader("ce_time").value(),
                            StandardCharsets.UTF_8));
                    try {
                        applied.insertOne(new Document("_id", eventId).append("itemId", record.key())
                                .append("occurredAt", Date.from(time)).append("appliedAt", new Date()));
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                            throw e;
                        }
                    }
                }
                records.commitSync();
            }
        }
    }

    @Override
    public PathRun run(LoadShape shape) throws Exception {
        items.deleteMany(new Document());
        applied.deleteMany(new Document());
        acknowledgements.clear();
        String phase = shape.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        Pacer.drive(shape, i -> {
            String id = phase + "-" + i;
            Instant time = Instant.now();
            items.insertOne(new Document("_id", id).append("version", 1L).append("label", "Article " + i)
                    .append("amount", i));
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, id,
                    ("{\"itemId\":\"" + id + "\",\"amount\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_source", "/essor/floor");
            header(record, "ce_type", "fr.essor.floor.item-recorded.v1");
            header(record, "ce_subject", id);
            header(record, "ce_time", time.toString());
            header(record, "ce_specversion", "1.0");
            header(record, "content-type", "application/json");
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    acknowledgements.add(new long[] {time.toEpochMilli(), System.currentTimeMillis()});
                }
            });
        });
        Duration writing = Duration.between(start, Instant.now());
        Waiting.until(() -> acknowledgements.size() >= shape.events() && applied.countDocuments() >= shape.events(),
                () -> acknowledgements.size() + " acknowledged, " + applied.countDocuments() + " applied of "
                        + shape.events());
        List<Long> ackLatencies = new ArrayList<>();
        long lastAck = 0;
        for (long[] ack : acknowledgements) {
            ackLatencies.add(ack[1] - ack[0]);
            lastAck = Math.max(lastAck, ack[1]);
        }
        ackLatencies.sort(Comparator.naturalOrder());
        List<Long> applyLatencies = new ArrayList<>();
        long lastApplied = 0;
        for (Document done : applied.find()) {
            long at = done.getDate("appliedAt").getTime();
            applyLatencies.add(at - done.getDate("occurredAt").getTime());
            lastApplied = Math.max(lastApplied, at);
        }
        applyLatencies.sort(Comparator.naturalOrder());
        return new PathRun(name(), shape, writing, Duration.ofMillis(lastAck - start.toEpochMilli()),
                Duration.ofMillis(lastApplied - start.toEpochMilli()), ackLatencies, applyLatencies);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.join(10_000);
        producer.close();
        client.close();
    }
}
