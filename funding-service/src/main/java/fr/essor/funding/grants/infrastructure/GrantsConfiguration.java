package fr.essor.funding.grants.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.grants.application.GrantAdministration;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the grant files: agreements, schedules and payments. */
@Configuration(proxyBeanMethods = false)
class GrantsConfiguration {

    @Bean
    MongoGrantFiles grantFiles(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                               JsonMapper json) {
        return new MongoGrantFiles(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    GrantAdministration grantAdministration(GrantFiles files, Applications applications, Instruction instruction,
                                            Clock clock) {
        return new GrantAdministration(files, applications, instruction, clock);
    }
}
