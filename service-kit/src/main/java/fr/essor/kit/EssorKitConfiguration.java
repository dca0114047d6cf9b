package fr.essor.kit;

import fr.essor.kit.consuming.DeadLetters;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.ept.EptFeeds;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.health.KafkaClusterHealthIndicator;
import fr.essor.kit.health.MongoPingHealthIndicator;
import fr.essor.kit.idempotency.IdempotencyKeyFilter;
import fr.essor.kit.indexes.DeclaredIndexes;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.idempotency.IdempotentRequests;
import fr.essor.kit.idempotency.OpenApiIdempotencyKey;
import fr.essor.kit.metrics.BusinessFact;
import fr.essor.kit.metrics.BusinessMeters;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.outbox.EventSender;
import fr.essor.kit.outbox.KafkaEventSender;
import fr.essor.kit.outbox.OutboxBacklog;
import fr.essor.kit.outbox.OutboxCommitObserver;
import fr.essor.kit.outbox.OutboxRelay;
import fr.essor.kit.outbox.OutboxRelayObserver;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.outbox.TraceContext;
import fr.essor.kit.apidocs.ApiContract;
import fr.essor.kit.apidocs.RecordSchemas;
import fr.essor.kit.apidocs.RequestExamples;
import fr.essor.kit.problem.ApiProblems;
import fr.essor.kit.problem.RequestBodyLimit;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.DocumentSettings;
import fr.essor.kit.reference.Departement;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.tracing.MicrometerTraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event backbone and API plumbing every Essor service is built with: outbox and relay, CloudEvents on Kafka,
 * idempotent-consumer support with dead letters, problem+json errors, MongoDB ping health, reference data.
 */
@AutoConfiguration
public class EssorKitConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventTypes eventTypes(@Value("${essor.service.name}") String service) {
        return new EventTypes(service);
    }

    /**
     * The EPT feed convention; changes younger than the settle delay wait for the next read (see {@link EptFeeds}).
     * Read by the API's controllers, with the signed-in actor: only in a web application.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    EptFeeds eptFeeds(CurrentActor currentActor, Clock clock,
                      @Value("${essor.ept.feed-settle-delay}") Duration settleDelay) {
        return new EptFeeds(currentActor, clock, settleDelay);
    }

    @Bean
    Communes communes() {
        return Communes.fromClasspath();
    }

    /** The Département as documents and open data name it; a service does not start with an invalid SIRET. */
    @Bean
    Departement departement(@Value("${essor.departement.name}") String name,
                            @Value("${essor.departement.siret}") String siret) {
        return Departement.configured(name, siret);
    }

    /** The letterhead and signatory of every printed document ({@code essor.departement.*}, ADR-0019). */
    @Bean
    DocumentSettings documentSettings(@Value("${essor.departement.name}") String name,
                                      @Value("${essor.departement.letterhead.direction:}") String direction,
                                      @Value("${essor.departement.letterhead.service:}") String service,
                                      @Value("${essor.departement.letterhead.address:}") List<String> address,
                                      @Value("${essor.departement.letterhead.town:Bobigny}") String town,
                                      @Value("${essor.departement.signatory.name}") String signatoryName,
                                      @Value("${essor.departement.signatory.role}") String signatoryRole) {
        return new DocumentSettings(name, direction, service, address, town, signatoryName, signatoryRole);
    }

    /** Prints the documents the Département signs or sends, in the kit's one layout (ADR-0019). */
    @Bean
    DocumentRenderer documentRenderer(DocumentSettings settings, Clock clock) {
        return new DocumentRenderer(settings, clock);
    }

    @Bean
    Outboxes outboxes() {
        return new Outboxes();
    }

    /** The relay's own producer: idempotent, acks=all, fails fast when the broker is away (the outbox keeps the event). */
    @Bean
    KafkaTemplate<String, byte[]> essorEventTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    EventSender eventSender(KafkaTemplate<String, byte[]> essorEventTemplate) {
        return new KafkaEventSender(essorEventTemplate, Duration.ofSeconds(15));
    }

    @Bean
    EventLog eventLog(MongoTemplate mongo, Clock clock) {
        return new EventLog(mongo, clock);
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, Outboxes outboxes, Clock clock, MeterRegistry meters,
                                @Value("${essor.outbox.backlog-refresh:5s}") Duration refresh) {
        return new OutboxBacklog(mongo, outboxes, clock, meters, refresh);
    }

    /** The indexes the repositories declare with their queries, created at start (ADR-0025). */
    @Bean
    DeclaredIndexes declaredIndexes(MongoTemplate mongo, ObjectProvider<DeclaresIndexes> declarers) {
        return new DeclaredIndexes(mongo, declarers);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, Outboxes outboxes, EventSender sender, EventLog eventLog,
                            ObjectProvider<OutboxRelayObserver> observers, MeterRegistry meters, Clock clock,
                            @Value("${essor.outbox.lease:30s}") Duration lease,
                            @Value("${essor.outbox.poll-interval:1s}") Duration pollInterval,
                            @Value("${essor.outbox.scan-interval:10s}") Duration scanInterval) {
        return new OutboxRelay(mongo, outboxes, sender, eventLog, observers.orderedStream().toList(), meters,
                clock, lease, pollInterval, scanInterval);
    }

    /**
     * The current span as W3C propagation headers, stored with each outgoing event so that the relay hands the trace
     * on to consumers (ARCHITECTURE §5); nothing when tracing is absent.
     */
    @Bean
    TraceContext essorTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return () -> {
            Tracer currentTracer = tracer.getIfAvailable();
            Propagator currentPropagator = propagator.getIfAvailable();
            return currentTracer == null || currentPropagator == null ? Map.of()
                    : new MicrometerTraceContext(currentTracer, currentPropagator).currentHeaders();
        };
    }

    /** The service's business counters, from its {@link BusinessFact} beans (none: no counter). */
    @Bean
    BusinessMeters businessMeters(ObjectProvider<BusinessFact> facts, MeterRegistry meters, JsonMapper json) {
        return new BusinessMeters(facts.orderedStream().toList(), meters, json);
    }

    @Bean
    OutboxStore outboxStore(MongoTemplate mongo, OutboxRelay relay, TraceContext essorTraceContext,
                            ObjectProvider<OutboxCommitObserver> commitObservers) {
        return new OutboxStore(mongo, relay, essorTraceContext, commitObservers.orderedStream().toList());
    }

    @Bean
    EventConsumers eventConsumers(JsonMapper json, MeterRegistry meters) {
        return new EventConsumers(json, meters);
    }

    @Bean
    DeadLetters deadLetters(@Value("${essor.service.name}") String service, MeterRegistry meters) {
        return new DeadLetters(service, meters);
    }

    /**
     * Bounded waits on the store: a request finds out within {@code essor.store.timeout} (5 s) that the store is
     * unreachable (the driver's default is 30 s) and answers 503 ({@code ApiProblems}); health goes DOWN as fast.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer essorBoundedStoreWaits(
            @Value("${essor.store.timeout:5s}") Duration timeout) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(),
                        TimeUnit.MILLISECONDS));
    }

    /** Named so that the health component is "mongo". */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /** Named so that the health component is "kafka". */
    @Bean
    KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaClusterHealthIndicator(kafka.buildAdminProperties(), Duration.ofSeconds(3));
    }

    /** The OpenAPI document as a contract: title, version, the shared Problem schema and the error responses. */
    @Bean
    ApiContract essorApiContract(@Value("${essor.service.title:${essor.service.name}}") String title,
            @Value("${essor.service.version:unknown}") String version,
            @Value("${essor.service.api-description:}") String description, RecordSchemas recordSchemas) {
        return new ApiContract("Essor — " + title, version, description.isBlank() ? title : description,
                recordSchemas);
    }

    /** One whole request body per operation, as its example ({@code openapi/examples/<operationId>.json}). */
    @Bean
    RequestExamples essorRequestExamples() {
        return RequestExamples.onClasspath();
    }

    /** Record schemas as Jackson writes them: every field present, nullable unless primitive. */
    @Bean
    RecordSchemas essorRecordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    ApiProblems apiProblems() {
        return new ApiProblems();
    }

    /** Request bodies held to the codes and shapes their records state ({@code Bounds}). */
    @Bean
    fr.essor.kit.apidocs.StatedShapes statedShapes() {
        return new fr.essor.kit.apidocs.StatedShapes();
    }

    @Bean
    IdempotentRequests idempotentRequests(MongoTemplate mongo, Clock clock,
                                          @Value("${essor.idempotency.retention:24h}") Duration retention,
                                          @Value("${essor.idempotency.abandoned-after:30s}") Duration abandonedAfter) {
        return new IdempotentRequests(mongo, clock, retention, abandonedAfter);
    }

    /**
     * {@code Idempotency-Key} on {@code POST /api/**}: after Spring Security's chain (order -100), so that the caller is
     * known and refused requests are never stored.
     */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotentRequests requests, JsonMapper json,
                                                                      Clock clock) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(requests, json, clock));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    OpenApiIdempotencyKey essorOpenApiIdempotencyKey() {
        return new OpenApiIdempotencyKey();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${essor.api.max-request-body:256KB}") DataSize limit, JsonMapper json) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limit.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
