package fr.essor.kit.webhooks;

import fr.essor.kit.EssorKitConfiguration;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.webhooks.web.WebhookApi;
import fr.essor.kit.webhooks.web.WebhookOpenApi;
import fr.essor.kit.webhooks.web.WebhookOpsApi;
import fr.essor.kit.webhooks.web.WebhookOpsPage;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Signed webhooks for the EPTs (ADR-0014), in every service that declares a {@link WebhookCatalogue}: the intake of
 * the service's own topics (the binding {@code essorWebhookFacts-in-0}, group {@code <service>-webhooks}, which the
 * service names in its {@code application.yml}), the dispatcher, the subscriptions API, the ops page and the OpenAPI
 * {@code webhooks} section.
 */
@AutoConfiguration(after = EssorKitConfiguration.class)
@ConditionalOnBean(WebhookCatalogue.class)
public class WebhookConfiguration {

    @Bean
    WebhookSubscriptions webhookSubscriptions(MongoTemplate mongo) {
        return new WebhookSubscriptions(mongo);
    }

    @Bean
    WebhookDeliveries webhookDeliveries(MongoTemplate mongo) {
        return new WebhookDeliveries(mongo);
    }

    @Bean
    RetrySchedule webhookRetrySchedule(
            @Value("${essor.webhooks.retry-schedule:5s,5m,30m,2h,5h,10h,10h}") List<Duration> delays,
            @Value("${essor.webhooks.retry-jitter:0.2}") double jitter) {
        return new RetrySchedule(delays, jitter);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                        RetrySchedule schedule, Clock clock, MeterRegistry meters,
                                        @Value("${essor.webhooks.disable-after-failures:20}") int disableAfter,
                                        @Value("${essor.webhooks.lease:60s}") Duration lease,
                                        @Value("${essor.webhooks.poll-interval:1s}") Duration pollInterval,
                                        @Value("${essor.webhooks.connect-timeout:5s}") Duration connectTimeout,
                                        @Value("${essor.webhooks.request-timeout:10s}") Duration requestTimeout,
                                        @Value("${essor.webhooks.allow-http-localhost:false}") boolean local) {
        return new WebhookDispatcher(subscriptions, deliveries, schedule, disableAfter, lease, pollInterval,
                connectTimeout, requestTimeout, clock, meters, new ReceiverAddresses(local));
    }

    @Bean
    WebhookManagement webhookManagement(WebhookCatalogue catalogue, WebhookSubscriptions subscriptions,
                                        WebhookDeliveries deliveries, Communes communes, Clock clock,
                                        WebhookDispatcher dispatcher,
                                        @Value("${essor.webhooks.allow-http-localhost:false}") boolean allowHttp,
                                        @Value("${essor.webhooks.secret-overlap:24h}") Duration secretOverlap) {
        return new WebhookManagement(catalogue, subscriptions, deliveries,
                communes.territories().stream().map(Territory::code).collect(Collectors.toSet()), clock, allowHttp,
                secretOverlap, dispatcher::wake);
    }

    @Bean
    WebhookIntake webhookIntake(WebhookCatalogue catalogue, WebhookSubscriptions subscriptions,
                                WebhookDeliveries deliveries, Communes communes, JsonMapper json, Clock clock,
                                WebhookDispatcher dispatcher) {
        return new WebhookIntake(catalogue, subscriptions, deliveries, communes, json, clock, dispatcher::wake);
    }

    /**
     * The consumer of the binding {@code essorWebhookFacts-in-0}: each type the catalogue declares, read as JSON (its
     * public fields are chosen by the catalogue); idempotent, retried, dead-lettered by the kit.
     */
    @Bean
    Consumer<Message<byte[]>> essorWebhookFacts(EventConsumers consumers, WebhookCatalogue catalogue,
                                                WebhookIntake intake) {
        EventRoutes routes = EventRoutes.following();
        for (String type : catalogue.types()) {
            routes = routes.on(type, JsonNode.class, intake);
        }
        return consumers.consumer(routes);
    }

    @Bean
    WebhookOpenApi webhookOpenApi(WebhookCatalogue catalogue, RetrySchedule schedule) {
        return new WebhookOpenApi(catalogue, schedule);
    }

    /** The API and the ops page, in a service with a web UI. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebhookWeb {

        @Bean
        WebhookApi webhookApi(WebhookManagement management, CurrentActor currentActor) {
            return new WebhookApi(management, currentActor);
        }

        @Bean
        WebhookOpsApi webhookOpsApi(WebhookManagement management, CurrentActor currentActor) {
            return new WebhookOpsApi(management, currentActor);
        }

        @Bean
        WebhookOpsPage webhookOpsPage(WebhookManagement management, WebhookDeliveries deliveries,
                                      CurrentActor currentActor) {
            return new WebhookOpsPage(management, deliveries, currentActor);
        }
    }
}
