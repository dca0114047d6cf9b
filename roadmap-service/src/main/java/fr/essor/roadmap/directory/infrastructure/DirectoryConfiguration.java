package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.rebuilds.RebuildableProjection;
import fr.essor.kit.consuming.rebuilds.ReplayedBinding;
import fr.essor.kit.consuming.rebuilds.ReplayedBindings;
import fr.essor.roadmap.directory.application.Dealings;
import fr.essor.roadmap.directory.application.RecordingContractsWon;
import fr.essor.roadmap.directory.application.RecordingGrants;
import fr.essor.roadmap.directory.application.RecordingHubOccupancy;
import fr.essor.roadmap.directory.application.RecordingLeases;
import fr.essor.roadmap.directory.application.RecordingObjectivesAgreements;
import fr.essor.roadmap.directory.application.RecordingScicStakes;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.application.RecordingOrganisationFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wires the directory: its store, and the consumer bound (binding {@code organisationEvents-in-0}, group
 * {@code roadmap-directory}) to the organisation topics of funding, procurement and foncier, which share one contract.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    MongoDirectory directory(MongoTemplate mongo, Clock clock) {
        return new MongoDirectory(mongo, clock);
    }

    @Bean
    RecordingOrganisationFacts recordingOrganisationFacts(Directory directory) {
        return new RecordingOrganisationFacts(directory);
    }

    @Bean
    Consumer<Message<byte[]>> organisationEvents(EventConsumers consumers, RecordingOrganisationFacts recording) {
        return consumers.consumer(recording.routes());
    }

    /**
     * The directory — its entries and the 360° dealings — as a projection ops may rebuild (ADR-0024): both
     * collections are cleared, then every topic they are built from is replayed through the live handlers. Every
     * write is a versioned "apply if newer" upsert, so a fact the live bindings apply during the replay is there once
     * at the end, whichever comes first; clearing first also drops what no fact explains (an entry or a version ahead
     * of the topics), at the cost of a directory filling up again during the rebuild and of every entry being new
     * again in the EPT feeds.
     */
    @Bean
    RebuildableProjection directoryProjection(ReplayedBindings bindings, Directory directory, Dealings dealings,
                                              RecordingOrganisationFacts recording, RecordingGrants grants,
                                              RecordingObjectivesAgreements agreements, RecordingScicStakes stakes,
                                              RecordingContractsWon contracts, RecordingLeases leases,
                                              RecordingHubOccupancy hub) {
        List<ReplayedBinding> replayed = new ArrayList<>();
        replayed.add(bindings.of("organisationEvents", recording.routes()));
        replayed.addAll(DealingsConfiguration.replayed(bindings, grants, agreements, stakes, contracts, leases, hub));
        return RebuildableProjection.clearedThenReplayed("directory", "Annuaire 360°",
                "Les structures de l'ESS connues des autres services, et ce que chacun rapporte d'elles (subventions, "
                        + "CPO, parts de SCIC, marchés, baux, espaces du hub).",
                () -> directory.clear() + dealings.clear(), replayed);
    }
}
