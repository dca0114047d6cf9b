package fr.essor.funding.guarantees.infrastructure;

import fr.essor.funding.guarantees.application.GuaranteeBook;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the loan guarantees. */
@Configuration(proxyBeanMethods = false)
class GuaranteesConfiguration {

    @Bean
    MongoLoanGuarantees loanGuarantees(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes,
                                       EventTypes eventTypes, JsonMapper json) {
        return new MongoLoanGuarantees(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    GuaranteeBook guaranteeBook(LoanGuarantees guarantees, Organisations organisations, Clock clock) {
        return new GuaranteeBook(guarantees, organisations, clock);
    }
}
