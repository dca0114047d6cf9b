package fr.essor.funding.ept.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.ept.application.TerritoryFeeds;
import fr.essor.funding.grants.application.GrantFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feeds EPT systems read. */
@Configuration(proxyBeanMethods = false)
class EptConfiguration {

    @Bean
    TerritoryFeeds territoryFeeds(Applications applications, GrantFiles grantFiles) {
        return new TerritoryFeeds(applications, grantFiles);
    }
}
