package fr.essor.funding.cpo.infrastructure;

import fr.essor.funding.cpo.application.CpoAdministration;
import fr.essor.funding.cpo.application.Cpos;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the multi-year objectives agreements (CPO). */
@Configuration(proxyBeanMethods = false)
class CpoConfiguration {

    @Bean
    MongoCpos cpos(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                   JsonMapper json) {
        return new MongoCpos(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    CpoAdministration cpoAdministration(Cpos cpos, Organisations organisations, Clock clock) {
        return new CpoAdministration(cpos, organisations, clock);
    }
}
