package fr.essor.kit.organisations;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.infrastructure.MongoOrganisations;
import fr.essor.kit.organisations.web.OrganisationController;
import fr.essor.kit.organisations.web.OrganisationRegistrationPage;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.WriteRules;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * The organisation registry that funding, procurement and foncier share: each registers the organisations it works
 * with, in the role given by {@code essor.organisations.registered-as} (applicant, supplier, premises-seeker), and
 * publishes {@code fr.essor.<service>.organisation-registered.v1} / {@code organisation-updated.v1}.
 */
@AutoConfiguration
@ConditionalOnProperty("essor.organisations.registered-as")
public class OrganisationRegistryConfiguration {

    @Bean
    Organisations organisations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                                EventTypes eventTypes, JsonMapper json,
                                @Value("${essor.organisations.registered-as}") String registeredAs) {
        return new MongoOrganisations(mongo, outbox, outboxes, communes, eventTypes, json, registeredAs);
    }

    @Bean
    OrganisationRegistry organisationRegistry(Organisations organisations, Communes communes, Clock clock) {
        return new OrganisationRegistry(organisations, communes, clock);
    }

    @Bean
    OrganisationRegistrationPage organisationRegistrationPage(OrganisationRegistry registry, Communes communes,
                                                              CurrentActor currentActor, WriteRules writeRules) {
        return new OrganisationRegistrationPage(registry, communes, currentActor, writeRules);
    }

    @Bean
    OrganisationController organisationController(OrganisationRegistry registry, Organisations organisations) {
        return new OrganisationController(registry, organisations);
    }
}
