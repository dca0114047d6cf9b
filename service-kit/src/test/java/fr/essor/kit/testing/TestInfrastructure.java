package fr.essor.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.net.InetSocketAddress;

/**
 * The real infrastructure integration tests run against, started once per test JVM and shared by every Spring
 * context: by default a real Kafka broker (spring-kafka-test's embedded KRaft broker) and mongo-java-server; with
 * {@code -Pcontainers} ({@code essor.it.containers=true}) a Kafka and a MongoDB container instead.
 */
public final class TestInfrastructure {

    private static final boolean CONTAINERS = Boolean.getBoolean("essor.it.containers");
    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoBaseUri;

    private TestInfrastructure(String kafkaBootstrapServers, String mongoBaseUri) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoBaseUri = mongoBaseUri;
    }

    /** In containers mode without a Docker engine the tests are skipped, not failed. */
    public static boolean available() {
        return !CONTAINERS || DockerClientFactory.instance().isDockerAvailable();
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = CONTAINERS ? startContainers() : startEmbedded();
                }
            }
        }
        return instance;
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("log.retention.ms", "-1");
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "essor-test-infrastructure-stop"));
        return new TestInfrastructure(kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort() + "/");
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.stop();
            kafka.stop();
        }, "essor-test-containers-stop"));
        String replicaSetUrl = mongo.getReplicaSetUrl();
        return new TestInfrastructure(kafka.getBootstrapServers(),
                replicaSetUrl.substring(0, replicaSetUrl.lastIndexOf('/') + 1));
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    private static volatile String isolatedKafka;

    /**
     * A second broker, for a context that plays another instance of a service ({@code essor.test.instance}): it draws
     * its reference numbers (BESOIN-2026-0001, CPO-2026-001…) from a database of its own, so on the shared broker it
     * would publish facts under the very keys the other tests' aggregates have, and join their consumer groups. Always
     * the embedded KRaft broker (also with {@code -Pcontainers}), started on first use.
     */
    public static String isolatedKafkaBootstrapServers() {
        if (isolatedKafka == null) {
            synchronized (TestInfrastructure.class) {
                if (isolatedKafka == null) {
                    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
                    kafka.brokerProperty("log.retention.ms", "-1");
                    kafka.afterPropertiesSet();
                    Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "essor-test-isolated-kafka-stop"));
                    isolatedKafka = kafka.getBrokersAsString();
                }
            }
        }
        return isolatedKafka;
    }

    public String mongoUri(String database) {
        return mongoBaseUri + database;
    }
}
