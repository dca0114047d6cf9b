package fr.essor.funding.dashboard.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.dashboard.application.Dashboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the funding dashboards. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    Dashboards dashboards(Calls calls, Applications applications) {
        return new Dashboards(calls, applications);
    }
}
