package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.indicators.application.ContractFact;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.CountingContracts;
import fr.essor.roadmap.indicators.application.CountingGrants;
import fr.essor.roadmap.indicators.application.CountingLeases;
import fr.essor.roadmap.indicators.application.FollowingHubSpaces;
import fr.essor.roadmap.indicators.application.FollowingScicStakes;
import fr.essor.roadmap.indicators.application.GrantAwardedFact;
import fr.essor.roadmap.indicators.application.HubSpaceFact;
import fr.essor.roadmap.indicators.application.IndicatorBoard;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.application.LeaseFact;
import fr.essor.roadmap.indicators.application.ManagingIndicators;
import fr.essor.roadmap.indicators.application.RebuildingIndicators;
import fr.essor.roadmap.indicators.application.ScicStakeFact;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Wires the indicators: their stores, the reference list loaded at start, and one consumer per upstream topic
 * (bindings {@code indicator*Facts-in-0}, group {@code roadmap-indicators}; retries and dead letters from the kit).
 */
@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    static final String GRANTS = "indicatorGrantFacts";
    static final String SCIC_STAKES = "indicatorScicStakeFacts";
    static final String CONTRACTS = "indicatorContractFacts";
    static final String LEASES = "indicatorLeaseFacts";
    static final String HUB = "indicatorHubFacts";

    @Bean
    MongoIndicators indicators(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                               JsonMapper json, Clock clock) {
        return new MongoIndicators(mongo, outbox, outboxes, eventTypes, json, clock);
    }

    @Bean
    MongoContributions contributions(MongoTemplate mongo, Clock clock) {
        return new MongoContributions(mongo, clock);
    }

    @Bean
    IndicatorBoard indicatorBoard(Indicators indicators, Contributions contributions, Clock clock) {
        return new IndicatorBoard(indicators, contributions, clock);
    }

    @Bean
    ManagingIndicators managingIndicators(Indicators indicators, Clock clock) {
        return new ManagingIndicators(indicators, clock);
    }

    /** The computed indicators' definitions, created or brought up to date at each start. */
    @Bean
    ApplicationRunner referenceIndicators(Indicators indicators) {
        return args -> ComputedIndicators.ALL.forEach(indicators::loadReference);
    }

    @Bean(GRANTS)
    Consumer<Message<byte[]>> indicatorGrantFacts(EventConsumers consumers, Contributions contributions) {
        return consumers.consumer(GrantAwardedFact.class, new CountingGrants(contributions));
    }

    @Bean(SCIC_STAKES)
    Consumer<Message<byte[]>> indicatorScicStakeFacts(EventConsumers consumers, Contributions contributions) {
        return consumers.consumer(ScicStakeFact.class, new FollowingScicStakes(contributions));
    }

    @Bean(CONTRACTS)
    Consumer<Message<byte[]>> indicatorContractFacts(EventConsumers consumers, Contributions contributions) {
        return consumers.consumer(ContractFact.class, new CountingContracts(contributions));
    }

    @Bean(LEASES)
    Consumer<Message<byte[]>> indicatorLeaseFacts(EventConsumers consumers, Contributions contributions) {
        return consumers.consumer(LeaseFact.class, new CountingLeases(contributions));
    }

    @Bean(HUB)
    Consumer<Message<byte[]>> indicatorHubFacts(EventConsumers consumers, Contributions contributions) {
        return consumers.consumer(HubSpaceFact.class, new FollowingHubSpaces(contributions));
    }

    /** Replays the topics the bindings above read (their destinations, from the configuration) through them. */
    @Bean
    KafkaTopicReplay indicatorTopicReplay(Environment environment,
                                          @Qualifier(GRANTS) Consumer<Message<byte[]>> grants,
                                          @Qualifier(SCIC_STAKES) Consumer<Message<byte[]>> stakes,
                                          @Qualifier(CONTRACTS) Consumer<Message<byte[]>> contracts,
                                          @Qualifier(LEASES) Consumer<Message<byte[]>> leases,
                                          @Qualifier(HUB) Consumer<Message<byte[]>> hub) {
        Map<String, Consumer<Message<byte[]>>> byTopic = Map.of(
                destination(environment, GRANTS), grants, destination(environment, SCIC_STAKES), stakes,
                destination(environment, CONTRACTS), contracts, destination(environment, LEASES), leases,
                destination(environment, HUB), hub);
        return new KafkaTopicReplay(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
                byTopic, environment.getProperty("essor.indicators.replay-timeout", Duration.class,
                Duration.ofMinutes(10)));
    }

    @Bean
    RebuildingIndicators rebuildingIndicators(Contributions contributions, KafkaTopicReplay replay) {
        return new RebuildingIndicators(contributions, replay);
    }

    private static String destination(Environment environment, String function) {
        return environment.getRequiredProperty("spring.cloud.stream.bindings." + function + "-in-0.destination");
    }
}
