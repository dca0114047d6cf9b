package fr.essor.kit.organisations.infrastructure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.outbox.OutboxRelay;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Services' organisation stores on one in-memory MongoDB server (mongo-java-server), one database per service. */
final class OrganisationStores implements AutoCloseable {

    static final Communes COMMUNES = Communes.fromClasspath();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    OrganisationStores() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    MongoTemplate database(String service) {
        return new MongoTemplate(client, service);
    }

    /** The store of {@code service}, registering as a supplier; its outbox relay never runs. */
    MongoOrganisations of(String service) {
        MongoTemplate mongo = database(service);
        Outboxes outboxes = new Outboxes();
        Clock clock = Clock.systemUTC();
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, event -> { }, new EventLog(mongo, clock), List.of(),
                new SimpleMeterRegistry(), clock, Duration.ofSeconds(30), Duration.ofSeconds(1));
        return new MongoOrganisations(mongo, new OutboxStore(mongo, relay), outboxes, COMMUNES,
                new EventTypes(service), JsonMapper.builder().build(), "supplier");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
