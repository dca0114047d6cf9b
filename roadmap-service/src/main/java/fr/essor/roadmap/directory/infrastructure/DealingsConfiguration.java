package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
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

import java.util.function.Consumer;

/**
 * Wires the directory's 360° projection: its store and one consumer per upstream topic (bindings
 * {@code directory*Facts-in-0}, group {@code roadmap-directory-360}, apart from the indicators' group so that each
 * projection keeps its own offsets; retries and dead letters from the kit).
 */
@Configuration(proxyBeanMethods = false)
class DealingsConfiguration {

    @Bean
    MongoDealings dealings(MongoTemplate mongo) {
        return new MongoDealings(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> directoryGrantFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingGrants.GrantAwarded.class, new RecordingGrants(dealings));
    }

    @Bean
    Consumer<Message<byte[]>> directoryAgreementFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingObjectivesAgreements.AgreementSigned.class,
                new RecordingObjectivesAgreements(dealings));
    }

    @Bean
    Consumer<Message<byte[]>> directoryScicStakeFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingScicStakes.StakeFact.class, new RecordingScicStakes(dealings));
    }

    @Bean
    Consumer<Message<byte[]>> directoryContractFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingContractsWon.ContractAwarded.class, new RecordingContractsWon(dealings));
    }

    @Bean
    Consumer<Message<byte[]>> directoryLeaseFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingLeases.LeaseFact.class, new RecordingLeases(dealings));
    }

    @Bean
    Consumer<Message<byte[]>> directoryHubFacts(EventConsumers consumers, Dealings dealings) {
        return consumers.consumer(RecordingHubOccupancy.SpaceFact.class, new RecordingHubOccupancy(dealings));
    }
}
