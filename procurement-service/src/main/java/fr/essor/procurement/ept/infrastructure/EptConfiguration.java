package fr.essor.procurement.ept.infrastructure;

import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.ept.application.TerritoryFeeds;
import fr.essor.procurement.sourcing.application.Meetings;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feeds EPT systems read. */
@Configuration(proxyBeanMethods = false)
class EptConfiguration {

    @Bean
    TerritoryFeeds territoryFeeds(SourcingNeeds needs, Meetings meetings, Contracts contracts,
                                  InsertionLedgers ledgers) {
        return new TerritoryFeeds(needs, meetings, contracts, ledgers);
    }
}
