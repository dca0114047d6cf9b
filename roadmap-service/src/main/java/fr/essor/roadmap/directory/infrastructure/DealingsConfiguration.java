package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.rebuilds.ReplayedBinding;
import fr.essor.kit.consuming.rebuilds.ReplayedBindings;
import fr.essor.roadmap.directory.application.Dealings;
import fr.essor.roadmap.directory.application.RecordingContractsWon;
import fr.essor.roadmap.directory.application.RecordingGrants;
import fr.essor.roadmap.directory.application.RecordingHubOccupancy;
import fr.essor.roadmap.directory.application.RecordingLeases;
import fr.essor.roadmap.directory.application.RecordingObjectivesAgreements;
import fr.essor.roadmap.directory.application.RecordingScicStakes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Wires the directory's 360° projection: its store and one consumer per upstream topic (bindings
 * {@code directory*Facts-in-0}, group {@code roadmap-directory-360}, apart from the indicators' group so that each
 * projection keeps its own offsets; retries and dead letters from the kit).
 */
@Configuration(proxyBeanMethods = false)
class DealingsConfiguration {

    static final String GRANTS = "directoryGrantFacts";
    static final String AGREEMENTS = "directoryAgreementFacts";
    static final String SCIC_STAKES = "directoryScicStakeFacts";
    static final String CONTRACTS = "directoryContractFacts";
    static final String LEASES = "directoryLeaseFacts";
    static final String HUB = "directoryHubFacts";

    @Bean
    MongoDealings dealings(MongoTemplate mongo) {
        return new MongoDealings(mongo);
    }

    @Bean
    RecordingGrants recordingGrants(Dealings dealings) {
        return new RecordingGrants(dealings);
    }

    @Bean
    RecordingObjectivesAgreements recordingObjectivesAgreements(Dealings dealings) {
        return new RecordingObjectivesAgreements(dealings);
    }

    @Bean
    RecordingScicStakes recordingScicStakes(Dealings dealings) {
        return new RecordingScicStakes(dealings);
    }

    @Bean
    RecordingContractsWon recordingContractsWon(Dealings dealings) {
        return new RecordingContractsWon(dealings);
    }

    @Bean
    RecordingLeases recordingLeases(Dealings dealings) {
        return new RecordingLeases(dealings);
    }

    @Bean
    RecordingHubOccupancy recordingHubOccupancy(Dealings dealings) {
        return new RecordingHubOccupancy(dealings);
    }

    @Bean(GRANTS)
    Consumer<Message<byte[]>> directoryGrantFacts(EventConsumers consumers, RecordingGrants handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(AGREEMENTS)
    Consumer<Message<byte[]>> directoryAgreementFacts(EventConsumers consumers,
                                                      RecordingObjectivesAgreements handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(SCIC_STAKES)
    Consumer<Message<byte[]>> directoryScicStakeFacts(EventConsumers consumers, RecordingScicStakes handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(CONTRACTS)
    Consumer<Message<byte[]>> directoryContractFacts(EventConsumers consumers, RecordingContractsWon handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(LEASES)
    Consumer<Message<byte[]>> directoryLeaseFacts(EventConsumers consumers, RecordingLeases handler) {
        return consumers.consumer(handler.routes());
    }

    @Bean(HUB)
    Consumer<Message<byte[]>> directoryHubFacts(EventConsumers consumers, RecordingHubOccupancy handler) {
        return consumers.consumer(handler.routes());
    }

    /** The replayed bindings of the 360° dealings, for the directory's rebuild ({@link DirectoryConfiguration}). */
    static List<ReplayedBinding> replayed(ReplayedBindings bindings, RecordingGrants grants,
                                          RecordingObjectivesAgreements agreements, RecordingScicStakes stakes,
                                          RecordingContractsWon contracts, RecordingLeases leases,
                                          RecordingHubOccupancy hub) {
        return List.of(bindings.of(GRANTS, grants.routes()),
                bindings.of(AGREEMENTS, agreements.routes()),
                bindings.of(SCIC_STAKES, stakes.routes()),
                bindings.of(CONTRACTS, contracts.routes()),
                bindings.of(LEASES, leases.routes()),
                bindings.of(HUB, hub.routes()));
    }
}
