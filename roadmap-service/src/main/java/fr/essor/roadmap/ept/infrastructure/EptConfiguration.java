package fr.essor.roadmap.ept.infrastructure;

import fr.essor.roadmap.ept.application.TerritoryIndicatorValues;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feeds EPT systems read. */
@Configuration(proxyBeanMethods = false)
class EptConfiguration {

    @Bean
    TerritoryIndicatorValues territoryIndicatorValues(Indicators indicators, Contributions contributions) {
        return new TerritoryIndicatorValues(indicators, contributions);
    }
}
