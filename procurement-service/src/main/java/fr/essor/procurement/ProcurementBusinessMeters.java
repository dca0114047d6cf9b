package fr.essor.procurement;

import fr.essor.kit.metrics.BusinessFact;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The procurement service's business counters (ARCHITECTURE §5): one per fact, counted by the kit's `BusinessMeters` when
 * the write that stores the fact's event succeeds, scraped as `essor_business_*_total`.
 */
@Configuration(proxyBeanMethods = false)
class ProcurementBusinessMeters {

    @Bean
    BusinessFact contractsAwarded() {
        return BusinessFact.counting("fr.essor.procurement.contract-awarded.v1", "essor.business.contracts.awarded",
                "Contracts (lots) awarded").summing("amount", "essor.business.contracts.awarded.euros",
                "Amounts of the contracts awarded, in euros");
    }

    @Bean
    BusinessFact insertionHoursReported() {
        return BusinessFact.counting("fr.essor.procurement.insertion-hours-reported.v1",
                "essor.business.insertion.reports", "Insertion hours reports").summing("hours",
                "essor.business.insertion.hours", "Insertion hours reported");
    }
}
