package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuilds;
import fr.essor.kit.consuming.rebuilds.RebuildableProjection;
import fr.essor.kit.consuming.rebuilds.ReplayedBindings;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.CountingContracts;
import fr.essor.roadmap.indicators.application.CountingGrants;
import fr.essor.roadmap.indicators.application.CountingLeases;
import fr.essor.roadmap.indicators.application.FollowingHubSpaces;
import fr.essor.roadmap.indicators.application.FollowingScicStakes;
import fr.essor.roadmap.indicators.application.IndicatorBoard;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.application.ManagingIndicators;
import fr.essor.roadmap.indicators.application.RebuildingIndicators;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
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

    @Bean
    CountingGrants countingGrants(Contributions contributions) {
        return new CountingGrants(contributions);
    }

    @Bean
    FollowingScicStakes followingScicStakes(Contributions contributions) {
        return new FollowingScicStakes(contributions);
    }

    @Bean
    CountingContracts countingContracts(Contributions contributions) {
        return new CountingContracts(contributions);
    }

    @Bean
    CountingLeases countingLeases(Contributions contributions) {
        return new CountingLeases(contributions);
    }

    @Bean
    FollowingHubSpaces followingHubSpaces(Contributions contributions) {
        return new FollowingHubSpaces(contributions);
    }

    @Bean(GRANTS)
    Consumer<Message<byte[]>> indicatorGrantFacts(EventConsumers consumers, CountingGrants handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(SCIC_STAKES)
    Consumer<Message<byte[]>> indicatorScicStakeFacts(EventConsumers consumers, FollowingScicStakes handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(CONTRACTS)
    Consumer<Message<byte[]>> indicatorContractFacts(EventConsumers consumers, CountingContracts handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(LEASES)
    Consumer<Message<byte[]>> indicatorLeaseFacts(EventConsumers consumers, CountingLeases handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(HUB)
    Consumer<Message<byte[]>> indicatorHubFacts(EventConsumers consumers, FollowingHubSpaces handler) {
        return consumers.consumer(handler.routes());
    }

    /**
     * The computed indicators as a projection ops may rebuild (ADR-0024): cleared, then the topics the bindings above
     * read are replayed through the same handlers. Clearing is needed: a contribution is keyed by its event id, so a
     * replay on top would keep one that no fact explains.
     */
    @Bean
    RebuildableProjection indicatorsProjection(ReplayedBindings bindings, Contributions contributions,
                                               CountingGrants grants, FollowingScicStakes stakes,
                                               CountingContracts contracts, CountingLeases leases,
                                               FollowingHubSpaces hub) {
        return RebuildableProjection.clearedThenReplayed(RebuildingIndicators.PROJECTION, "Indicateurs calculés",
                "Les contributions des faits de financement, d'achats et de foncier aux indicateurs calculés de la "
                        + "feuille de route.", contributions::clear, List.of(
                        bindings.of(GRANTS, grants.routes()),
                        bindings.of(SCIC_STAKES, stakes.routes()),
                        bindings.of(CONTRACTS, contracts.routes()),
                        bindings.of(LEASES, leases.routes()),
                        bindings.of(HUB, hub.routes())));
    }

    @Bean
    RebuildingIndicators rebuildingIndicators(ProjectionRebuilds rebuilds) {
        return new RebuildingIndicators(rebuilds);
    }
}
