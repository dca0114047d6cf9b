package fr.essor.procurement.clauses.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.procurement.clauses.application.InsertionFollowUp;
import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.clauses.application.ReportingClosures;
import fr.essor.procurement.clauses.application.ReportingInsertionHours;
import fr.essor.procurement.contracts.application.Contracts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the insertion clause follow-up: the hours ledgers, the reporting closure and their use cases. */
@Configuration(proxyBeanMethods = false)
class ClausesConfiguration {

    @Bean
    MongoInsertionLedgers insertionLedgers(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes,
                                           EventTypes eventTypes, JsonMapper json) {
        return new MongoInsertionLedgers(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    MongoReportingClosures reportingClosures(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoReportingClosures(mongo, outbox);
    }

    @Bean
    ReportingInsertionHours reportingInsertionHours(Contracts contracts, InsertionLedgers ledgers,
                                                    ReportingClosures closures, Clock clock,
                                                    @Value("${essor.procurement.clauses.reporting-window-months:6}")
                                                    int windowMonths) {
        return new ReportingInsertionHours(contracts, ledgers, closures, clock, windowMonths);
    }

    @Bean
    InsertionFollowUp insertionFollowUp(Contracts contracts, InsertionLedgers ledgers, Clock clock) {
        return new InsertionFollowUp(contracts, ledgers, clock);
    }
}
