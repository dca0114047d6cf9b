package fr.essor.kit.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.essor.kit.events.OutgoingEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateStoreTest {

    record Item(String id, String name, int rank, long version) {
    }

    static final String COLLECTION = "items";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    Outboxes outboxes;
    AggregateStore<Item> items;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "aggregate-store-test");
        outboxes = new Outboxes();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, event -> { }, new EventLog(mongo, CLOCK), List.of(),
                meters, CLOCK, Duration.ofSeconds(30), Duration.ofSeconds(1));
        items = new AggregateStore<>(mongo, new OutboxStore(mongo, relay), outboxes, COLLECTION, Item.class);
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void itsCollectionIsRegisteredForTheRelay() {
        assertThat(outboxes.collections()).containsExactly(COLLECTION);
    }

    @Test
    void anInsertedAggregateIsFoundByIdWithItsEventsWaitingInTheSameDocument() {
        items.insert(new Item("a", "Alpha", 1, 1), List.of(event("e1", "a")));

        assertThat(items.find("a")).contains(new Item("a", "Alpha", 1, 1));
        assertThat(pendingEventIds("a")).containsExactly("e1");
        assertThat(items.find("missing")).isEmpty();
    }

    @Test
    void insertingATakenIdFailsAndLeavesTheStoredAggregateAsItWas() {
        items.insert(new Item("a", "Alpha", 1, 1), List.of(event("e1", "a")));

        assertThatThrownBy(() -> items.insert(new Item("a", "Other", 2, 1), List.of(event("e2", "a"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(items.insertIfAbsent(new Item("a", "Other", 2, 1), List.of(event("e3", "a")))).isFalse();

        assertThat(items.find("a")).contains(new Item("a", "Alpha", 1, 1));
        assertThat(pendingEventIds("a")).containsExactly("e1");
    }

    @Test
    void insertIfAbsentWritesANewAggregate() {
        assertThat(items.insertIfAbsent(new Item("b", "Beta", 2, 1), List.of())).isTrue();

        assertThat(items.find("b")).contains(new Item("b", "Beta", 2, 1));
    }

    @Test
    void anUpdateAtTheReadVersionWritesTheNewStateAndAppendsItsEvents() {
        items.insert(new Item("a", "Alpha", 1, 1), List.of(event("e1", "a")));

        items.update("a", 1, new Item("a", "Alpha renamed", 1, 2), List.of(event("e2", "a")));

        assertThat(items.find("a")).contains(new Item("a", "Alpha renamed", 1, 2));
        assertThat(pendingEventIds("a")).containsExactly("e1", "e2");
    }

    @Test
    void anUpdateFromAVersionThatIsNoLongerStoredIsStaleAndWritesNothing() {
        items.insert(new Item("a", "Alpha", 1, 1), List.of());
        items.update("a", 1, new Item("a", "First writer", 1, 2), List.of());

        assertThatThrownBy(() -> items.update("a", 1, new Item("a", "Second writer", 1, 2),
                List.of(event("e2", "a")))).isInstanceOf(StaleAggregateException.class);

        assertThat(items.find("a")).contains(new Item("a", "First writer", 1, 2));
        assertThat(pendingEventIds("a")).isEmpty();
    }

    @Test
    void savingFromVersionZeroInsertsAndASecondNewcomerIsStale() {
        items.save("a", 0, new Item("a", "Alpha", 1, 1), List.of(event("e1", "a")));

        assertThatThrownBy(() -> items.save("a", 0, new Item("a", "Other", 1, 1), List.of()))
                .isInstanceOf(StaleAggregateException.class);
        items.save("a", 1, new Item("a", "Alpha", 5, 2), List.of(event("e2", "a")));

        assertThat(items.find("a")).contains(new Item("a", "Alpha", 5, 2));
        assertThat(pendingEventIds("a")).containsExactly("e1", "e2");
    }

    @Test
    void aQueryKeepsItsCriteriaSortAndLimit() {
        items.insert(new Item("a", "Alpha", 3, 1), List.of());
        items.insert(new Item("b", "Beta", 1, 1), List.of());
        items.insert(new Item("c", "Gamma", 2, 1), List.of());

        assertThat(items.find(new Query().with(Sort.by("rank")).limit(2))).extracting(Item::id)
                .containsExactly("b", "c");
        assertThat(items.find(Query.query(Criteria.where("rank").gte(2)).with(Sort.by(Sort.Direction.DESC, "_id"))))
                .extracting(Item::id).containsExactly("c", "a");
        assertThat(items.findOne(Query.query(Criteria.where("name").is("Gamma")))).map(Item::id).contains("c");
        assertThat(items.findOne(Query.query(Criteria.where("name").is("Delta")))).isEmpty();
    }

    private static OutgoingEvent event(String id, String subject) {
        return new OutgoingEvent(id, "fr.essor.test.item-changed.v1", "/test", subject, "essor.test.items",
                CLOCK.instant(), "{}");
    }

    private List<String> pendingEventIds(String id) {
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        return stored.getList(PendingEvents.FIELD, Document.class).stream().map(e -> e.getString("id")).toList();
    }
}
