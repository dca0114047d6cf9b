package fr.essor.kit.it;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.metrics.BusinessFact;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal service built on the whole kit, for the kit's own integration tests: an API that writes a "thing" with
 * its event through the outbox (topic {@code essor.kittest.things}), and a consumer of that topic (group
 * {@code kittest-things}) whose handler fails for the keys a test marks as failing, and remembers, per event id, how
 * many times it applied it and within which trace.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@PropertySource("classpath:kit-test-service.properties")
@Import(KitTestService.ThingApi.class)
public class KitTestService {

    public static final String TOPIC = "essor.kittest.things";
    public static final String GROUP = "kittest-things";
    public static final String TYPE = "fr.essor.kittest.thing-created.v1";

    /** The stored aggregate. */
    public record ThingDocument(String id, long version, String name) {
    }

    /** What the consumer reads. */
    public record ThingPayload(String id, String name) {
    }

    /** The consumer's effects, idempotent by event id; keys in {@link #failing} make it throw. */
    public static class ThingHandler {

        public final Set<String> failing = ConcurrentHashMap.newKeySet();
        public final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
        public final Map<String, String> traceIds = new ConcurrentHashMap<>();
        private final Tracer tracer;

        ThingHandler(Tracer tracer) {
            this.tracer = tracer;
        }

        Consumption handle(String eventId, String key) {
            if (failing.contains(key)) {
                throw new IllegalStateException("Thing " + key + " cannot be applied yet");
            }
            AtomicInteger count = applied.computeIfAbsent(eventId, id -> new AtomicInteger());
            if (count.getAndIncrement() > 0) {
                return Consumption.DUPLICATE;
            }
            Span span = tracer.currentSpan();
            if (span != null) {
                traceIds.put(eventId, span.context().traceId());
            }
            return Consumption.APPLIED;
        }
    }

    /** Only administrators create things (and the kit's own writes: OPS replays dead letters). */
    @Bean
    WriteRules writeRules() {
        return WriteRules.builder().allow(HttpMethod.POST, "/api/things/{id}", Role.ADMIN)
                .allow(HttpMethod.POST, "/api/things", Role.ADMIN).build();
    }

    /** Counted by the kit's business meters when the write of a thing succeeds. */
    @Bean
    BusinessFact thingsCreated() {
        return BusinessFact.counting(TYPE, "essor.business.things.registered", "Things registered");
    }

    @Bean
    ThingHandler thingHandler(Tracer tracer) {
        return new ThingHandler(tracer);
    }

    @Bean
    Consumer<Message<byte[]>> thingEvents(EventConsumers consumers, ThingHandler handler) {
        return consumers.consumer(EventRoutes.following().on(TYPE, ThingPayload.class,
                (event, payload) -> handler.handle(event.id(), event.subject())));
    }

    @Bean
    AggregateStore<ThingDocument> things(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes) {
        return new AggregateStore<>(mongo, outbox, outboxes, "kittest_things", ThingDocument.class);
    }

    @RestController
    static class ThingApi {

        private final AggregateStore<ThingDocument> things;
        private final Clock clock;

        ThingApi(AggregateStore<ThingDocument> things, Clock clock) {
            this.things = things;
            this.clock = clock;
        }

        /**
         * Creates a thing under a new id: 201 with its {@code Location}. A name starting with « lent » takes a second,
         * for the tests of concurrent requests.
         */
        @PostMapping("/api/things")
        @Created("L'adresse de la chose créée.")
        ResponseEntity<Map<String, String>> createNamed(@RequestBody Map<String, String> request)
                throws InterruptedException {
            String name = request.getOrDefault("name", "");
            if (name.startsWith("lent")) {
                Thread.sleep(1000);
            }
            String id = UUID.randomUUID().toString();
            things.insert(new ThingDocument(id, 1, name), List.of(new OutgoingEvent(UUID.randomUUID().toString(), TYPE,
                    "/essor/kittest", id, TOPIC, clock.instant(), "{\"id\":\"" + id + "\",\"name\":\"Chose\"}")));
            return ResponseEntity.created(URI.create("/api/things/" + id)).body(Map.of("id", id, "name", name));
        }

        /** Creates a thing; answers the id of the event it published. */
        @PostMapping("/api/things/{id}")
        Map<String, String> create(@PathVariable String id) {
            String eventId = UUID.randomUUID().toString();
            things.insert(new ThingDocument(id, 1, "Chose " + id), List.of(new OutgoingEvent(eventId, TYPE,
                    "/essor/kittest", id, TOPIC, clock.instant(), "{\"id\":\"" + id + "\",\"name\":\"Chose\"}")));
            return Map.of("eventId", eventId);
        }
    }
}
