package fr.essor.funding;

import fr.essor.kit.metrics.BusinessFact;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The funding service's business counters (ARCHITECTURE §5): one per fact, counted by the kit's `BusinessMeters` when
 * the write that stores the fact's event succeeds, scraped as `essor_business_*_total`.
 */
@Configuration(proxyBeanMethods = false)
class FundingBusinessMeters {

    @Bean
    BusinessFact applicationsSubmitted() {
        return BusinessFact.counting("fr.essor.funding.application-submitted.v1", "essor.business.applications.submitted",
                "Appel à Agir applications submitted");
    }

    @Bean
    BusinessFact grantsAwarded() {
        return BusinessFact.counting("fr.essor.funding.grant-awarded.v1", "essor.business.grants.awarded",
                "Grants awarded").summing("amount", "essor.business.grants.awarded.euros", "Amounts granted, in euros");
    }

    @Bean
    BusinessFact paymentsMade() {
        return BusinessFact.counting("fr.essor.funding.payment-made.v1", "essor.business.payments",
                "Grant payments made").summing("amount", "essor.business.payments.euros", "Amounts paid, in euros");
    }
}
