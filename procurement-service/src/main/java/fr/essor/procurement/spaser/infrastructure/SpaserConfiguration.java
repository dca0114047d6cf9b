package fr.essor.procurement.spaser.infrastructure;

import fr.essor.kit.outbox.OutboxStore;
import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.spaser.application.SettingTargets;
import fr.essor.procurement.spaser.application.SpaserIndicators;
import fr.essor.procurement.spaser.application.Targets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Wires the SPASER indicators, their targets' store and the use case of setting them. */
@Configuration(proxyBeanMethods = false)
class SpaserConfiguration {

    @Bean
    MongoTargets spaserTargets(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoTargets(mongo, outbox);
    }

    @Bean
    SpaserIndicators spaserIndicators(Contracts contracts, InsertionLedgers ledgers, Targets targets) {
        return new SpaserIndicators(contracts, ledgers, targets);
    }

    @Bean
    SettingTargets settingTargets(Targets targets, Clock clock) {
        return new SettingTargets(targets, clock);
    }
}
