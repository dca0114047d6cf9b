package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.EssorKitConfiguration;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.rebuilds.web.ProjectionRebuildApi;
import fr.essor.kit.consuming.rebuilds.web.ProjectionRebuildPage;
import fr.essor.kit.security.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;

/**
 * Projections rebuilt from the topics by an ops command (ADR-0024): a service declares its
 * {@link RebuildableProjection} beans (made with {@link ReplayedBindings}); the kit replays their topics and offers
 * the ops API {@code /api/ops/projections} and the page {@code /ops/projections}.
 */
@AutoConfiguration(after = EssorKitConfiguration.class)
@ConditionalOnBean(EventConsumers.class)
public class ProjectionRebuildConfiguration {

    @Bean
    ReplayedBindings replayedBindings(Environment environment, EventConsumers consumers) {
        return new ReplayedBindings(environment, consumers);
    }

    @Bean
    KafkaTopicReplay topicReplay(KafkaProperties kafka, @Value("${essor.service.name}") String service,
                                 @Value("${essor.rebuilds.topic-timeout:10m}") Duration timeout) {
        return new KafkaTopicReplay(kafka.buildConsumerProperties(), service + "-projection-rebuild", timeout);
    }

    @Bean
    ProjectionRebuilds projectionRebuilds(ObjectProvider<RebuildableProjection> projections, TopicReplay replay,
                                          Clock clock) {
        return new ProjectionRebuilds(projections.orderedStream().toList(), replay, clock);
    }

    /** The ops API and page, in a service with a web UI. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ProjectionRebuildWeb {

        @Bean
        ProjectionRebuildApi projectionRebuildApi(ProjectionRebuilds rebuilds, CurrentActor currentActor) {
            return new ProjectionRebuildApi(rebuilds, currentActor);
        }

        @Bean
        ProjectionRebuildPage projectionRebuildPage(ProjectionRebuilds rebuilds, CurrentActor currentActor) {
            return new ProjectionRebuildPage(rebuilds, currentActor);
        }
    }
}
