package fr.essor.foncier;

import fr.essor.kit.metrics.BusinessFact;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The foncier service's business counters (ARCHITECTURE §5): one per fact, counted by the kit's `BusinessMeters` when
 * the write that stores the fact's event succeeds, scraped as `essor_business_*_total`.
 */
@Configuration(proxyBeanMethods = false)
class FoncierBusinessMeters {

    @Bean
    BusinessFact leasesSigned() {
        return BusinessFact.counting("fr.essor.foncier.lease-signed.v1", "essor.business.leases.signed",
                "Leases signed").summing("surface", "essor.business.leases.signed.square.metres",
                "Surface of the leases signed, in m²");
    }

    @Bean
    BusinessFact leasesEnded() {
        return BusinessFact.counting("fr.essor.foncier.lease-ended.v1", "essor.business.leases.ended",
                "Leases ended").summing("surface", "essor.business.leases.ended.square.metres",
                "Surface of the leases ended, in m²");
    }

    @Bean
    BusinessFact hubSpacesAllocated() {
        return BusinessFact.counting("fr.essor.foncier.hub-space-allocated.v1", "essor.business.hub.allocations",
                "Hub spaces allocated").summing("surface", "essor.business.hub.allocations.square.metres",
                "Surface of the hub spaces allocated, in m²");
    }
}
