package fr.essor.procurement.sourcing.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.sourcing.application.Meetings;
import fr.essor.procurement.sourcing.application.Sourcing;
import fr.essor.procurement.sourcing.application.SourcingMeetings;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires matchmaking: the sourcing needs and meetings stores and their use cases. */
@Configuration(proxyBeanMethods = false)
class SourcingConfiguration {

    @Bean
    MongoSourcingNeeds sourcingNeeds(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes,
                                     EventTypes eventTypes, JsonMapper json) {
        return new MongoSourcingNeeds(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    MongoMeetings sourcingMeetingStore(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoMeetings(mongo, outbox);
    }

    @Bean
    Sourcing sourcing(SourcingNeeds needs, SupplierDirectory directory, Contracts contracts, Communes communes,
                      Clock clock) {
        return new Sourcing(needs, directory, contracts, communes, clock);
    }

    @Bean
    SourcingMeetings sourcingMeetings(Meetings meetings, Organisations organisations, SourcingNeeds needs,
                                      Clock clock) {
        return new SourcingMeetings(meetings, organisations, needs, clock);
    }
}
