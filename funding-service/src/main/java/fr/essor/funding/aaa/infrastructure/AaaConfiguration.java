package fr.essor.funding.aaa.infrastructure;

import fr.essor.funding.aaa.application.ApplicationIntake;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.CallSetup;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.application.BulkInstruction;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the Appel à Agir: its stores and its use cases. */
@Configuration(proxyBeanMethods = false)
class AaaConfiguration {

    @Bean
    MongoCalls calls(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoCalls(mongo, outbox);
    }

    @Bean
    MongoApplications applications(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                                   EventTypes eventTypes, JsonMapper json) {
        return new MongoApplications(mongo, outbox, outboxes, communes, eventTypes, json);
    }

    @Bean
    CallSetup callSetup(Calls calls, Clock clock) {
        return new CallSetup(calls, clock);
    }

    @Bean
    ApplicationIntake applicationIntake(Calls calls, Applications applications, Organisations organisations,
                                        Communes communes, Clock clock) {
        return new ApplicationIntake(calls, applications, organisations, communes, clock);
    }

    @Bean
    Instruction instruction(Applications applications, Calls calls, Clock clock) {
        return new Instruction(applications, calls, clock);
    }

    @Bean
    BulkInstruction bulkInstruction(Applications applications, Instruction instruction) {
        return new BulkInstruction(applications, instruction);
    }
}
