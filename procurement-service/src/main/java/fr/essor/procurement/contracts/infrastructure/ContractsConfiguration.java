package fr.essor.procurement.contracts.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.application.Contracting;
import fr.essor.procurement.contracts.application.Contracts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the contracts: their store and their use cases. */
@Configuration(proxyBeanMethods = false)
class ContractsConfiguration {

    @Bean
    MongoContracts contracts(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                             EventTypes eventTypes, JsonMapper json) {
        return new MongoContracts(mongo, outbox, outboxes, communes, eventTypes, json);
    }

    @Bean
    Contracting contracting(Contracts contracts, Organisations organisations, Communes communes, Clock clock) {
        return new Contracting(contracts, organisations, communes, clock);
    }
}
