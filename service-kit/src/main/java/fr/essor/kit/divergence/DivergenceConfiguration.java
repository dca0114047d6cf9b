package fr.essor.kit.divergence;

import fr.essor.kit.EssorKitConfiguration;
import fr.essor.kit.divergence.domain.DivergenceCheck;
import fr.essor.kit.divergence.infrastructure.DivergenceDetector;
import fr.essor.kit.divergence.infrastructure.KafkaTopicReader;
import fr.essor.kit.divergence.infrastructure.MongoOutboxReader;
import fr.essor.kit.divergence.web.DivergenceApi;
import fr.essor.kit.divergence.web.DivergencePage;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.Outboxes;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/**
 * The divergence check between a service's store and its topics (ADR-0023): a scheduled pass
 * ({@code essor.divergence.enabled}, {@code initial-delay}, {@code interval}, {@code grace-period}), the gauge
 * {@code essor_divergent_events{kind}}, the ops API {@code /api/ops/divergences} and the page {@code /ops/ecarts}.
 */
@AutoConfiguration(after = EssorKitConfiguration.class)
@ConditionalOnBean(name = "essorEventTemplate")
public class DivergenceConfiguration {

    @Bean
    DivergenceDetector divergenceDetector(MongoTemplate mongo, Outboxes outboxes, KafkaProperties kafka,
                                          EventTypes eventTypes, JsonMapper json, Clock clock, MeterRegistry meters,
                                          @Value("${essor.service.name}") String service,
                                          @Value("${essor.divergence.enabled:true}") boolean enabled,
                                          @Value("${essor.divergence.initial-delay:2m}") Duration initialDelay,
                                          @Value("${essor.divergence.interval:15m}") Duration interval,
                                          @Value("${essor.divergence.grace-period:5m}") Duration gracePeriod,
                                          @Value("${essor.divergence.read-timeout:30s}") Duration readTimeout) {
        return new DivergenceDetector(new MongoOutboxReader(mongo, outboxes),
                new KafkaTopicReader(kafka.buildConsumerProperties(), service, json, readTimeout),
                new DivergenceCheck(eventTypes.source(), gracePeriod), clock, meters, enabled, initialDelay,
                interval);
    }

    /** The ops API and page, in a service with a web UI. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class DivergenceWeb {

        @Bean
        DivergenceApi divergenceApi(DivergenceDetector detector) {
            return new DivergenceApi(detector);
        }

        @Bean
        DivergencePage divergencePage(DivergenceDetector detector) {
            return new DivergencePage(detector);
        }
    }
}
