package fr.essor.procurement.ept.infrastructure;

import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.ept.application.TerritoryFeeds;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feeds EPT systems read. */
@Configuration(proxyBeanMethods = false)
class EptConfiguration {

    @Bean
    TerritoryFeeds territoryFeeds(SourcingNeeds needs, Contracts contracts) {
        return new TerritoryFeeds(needs, contracts);
    }
}
