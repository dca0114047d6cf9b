package fr.essor.kit.consuming.deadletters;

import fr.essor.kit.EssorKitConfiguration;
import fr.essor.kit.consuming.deadletters.web.DeadLetterApi;
import fr.essor.kit.consuming.deadletters.web.DeadLetterPage;
import fr.essor.kit.security.CurrentActor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Dead letters every service can see and replay (ADR-0008): the record of its consumers' dead letters, the ops API
 * {@code /api/ops/dead-letters} and the page {@code /ops/lettres-mortes}.
 */
@AutoConfiguration(after = EssorKitConfiguration.class)
@ConditionalOnBean(name = "essorEventTemplate")
public class DeadLetterConfiguration {

    @Bean
    DeadLetterStore deadLetterStore(MongoTemplate mongo, MeterRegistry meters) {
        return new DeadLetterStore(mongo, meters);
    }

    /** From every input binding with a group: {@code <destination>.<group>.dlt} for each of its destinations. */
    @Bean
    DeadLetterTopics deadLetterTopics(ObjectProvider<BindingServiceProperties> bindings) {
        DeadLetterTopics topics = new DeadLetterTopics();
        BindingServiceProperties properties = bindings.getIfAvailable();
        if (properties == null) {
            return topics;
        }
        for (Map.Entry<String, BindingProperties> binding : properties.getBindings().entrySet()) {
            BindingProperties properties1 = binding.getValue();
            if (!binding.getKey().contains("-in-") || properties1.getGroup() == null
                    || properties1.getDestination() == null) {
                continue;
            }
            for (String destination : properties1.getDestination().split(",")) {
                if (!destination.isBlank()) {
                    topics.add(destination.trim(), properties1.getGroup());
                }
            }
        }
        return topics;
    }

    @Bean
    DeadLetterRecorder deadLetterRecorder(DeadLetterStore store, DeadLetterTopics topics, Clock clock) {
        return new DeadLetterRecorder(store, topics, clock);
    }

    @Bean
    DeadLetterSubscription deadLetterSubscription(KafkaProperties kafka, DeadLetterTopics topics,
                                                  DeadLetterRecorder recorder,
                                                  @Value("${essor.service.name}") String service,
                                                  @Value("${essor.dead-letters.topic-discovery:5s}") Duration discovery) {
        return new DeadLetterSubscription(kafka.buildConsumerProperties(), service + "-dead-letters", topics, recorder,
                discovery);
    }

    @Bean
    DeadLetterReplays deadLetterReplays(DeadLetterStore store,
                                        @Qualifier("essorEventTemplate") KafkaTemplate<String, byte[]> template,
                                        Clock clock) {
        return new DeadLetterReplays(store, template, clock, Duration.ofSeconds(15));
    }

    /** The ops API and page, in a service with a web UI (the security baseline gives them their signed-in actor). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class DeadLetterWeb {

        @Bean
        DeadLetterApi deadLetterApi(DeadLetterStore store, DeadLetterReplays replays, CurrentActor currentActor) {
            return new DeadLetterApi(store, replays, currentActor);
        }

        @Bean
        DeadLetterPage deadLetterPage(DeadLetterStore store, DeadLetterReplays replays, CurrentActor currentActor) {
            return new DeadLetterPage(store, replays, currentActor);
        }
    }
}
