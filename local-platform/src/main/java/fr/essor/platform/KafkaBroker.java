package fr.essor.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Apache Kafka broker in KRaft combined mode (broker + controller), running in this JVM.
 * <p>
 * The storage under {@code dataDir} is formatted on the first start only, so a later start, in this JVM or
 * another one, finds the topics and records of the previous run. {@link #stop()} shuts down cleanly and may
 * be followed by {@link #start()} on the same ports, which is how tests simulate a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * @param dataDir        where the broker keeps its log segments and metadata (created if missing)
     * @param port           the client listener, bound on localhost
     * @param controllerPort the KRaft controller listener, bound on localhost
     */
    public KafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Properties properties = serverProperties();
            if (!isFormatted()) {
                format(properties);
            }
            KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
            try {
                started.startup();
            } catch (RuntimeException e) {
                started.shutdown(); // release the ports and the directory lock it may already hold
                throw new IllegalStateException("The Kafka broker did not start on " + bootstrapServers(), e);
            }
            server = started;
            log.info("Kafka broker up on {} (data in {})", bootstrapServers(), dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the Kafka data directory " + dataDir, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }

    boolean isFormatted() {
        return Files.exists(dataDir.resolve("meta.properties"));
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");
        // domain topics keep their history: consumers may rebuild their state from the beginning
        p.put("log.retention.ms", "-1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("log.cleaner.threads", "1");
        return p;
    }

    private void format(Properties properties) throws IOException {
        Path config = Files.createTempFile("essor-kafka-format", ".properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(writer, "Essor local Kafka broker, used once to format its storage");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        int exit;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool$.MODULE$.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", config.toString()}, out);
        } finally {
            Files.deleteIfExists(config);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + dataDir + " failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
        log.info("Formatted Kafka storage in {} (cluster id {})", dataDir, clusterId);
    }
}
