package fr.essor.funding.decisions.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.decisions.application.Laureates;
import fr.essor.funding.decisions.application.VotingSessions;
import fr.essor.funding.decisions.application.Voting;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the voting sessions and the laureate lists. */
@Configuration(proxyBeanMethods = false)
class DecisionsConfiguration {

    @Bean
    MongoVotingSessions votingSessions(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes,
                                       EventTypes eventTypes, JsonMapper json) {
        return new MongoVotingSessions(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    Voting voting(VotingSessions sessions, Applications applications, Instruction instruction, Communes communes,
                  Clock clock) {
        return new Voting(sessions, applications, instruction,
                communes.territories().stream().map(Territory::code).sorted().toList(), clock);
    }

    @Bean
    Laureates laureates(VotingSessions sessions, Communes communes) {
        return new Laureates(sessions, communes.territories().stream().map(Territory::code).sorted().toList());
    }
}
