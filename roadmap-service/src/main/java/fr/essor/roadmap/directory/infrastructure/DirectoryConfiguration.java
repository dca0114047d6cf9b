package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.application.OrganisationFact;
import fr.essor.roadmap.directory.application.RecordingOrganisationFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.time.Clock;
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
        return consumers.consumer(OrganisationFact.class, recording);
    }
}
