package fr.essor.foncier.ept.infrastructure;

import fr.essor.foncier.ept.application.TerritoryFeed;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feeds EPT systems read. */
@Configuration(proxyBeanMethods = false)
class EptConfiguration {

    @Bean
    TerritoryFeed territoryFeed(PremisesNeeds needs, PremisesOffers offers) {
        return new TerritoryFeed(needs, offers);
    }
}
