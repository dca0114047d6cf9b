package fr.essor.roadmap;

import fr.essor.kit.metrics.BusinessFact;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The roadmap service's business counters (ARCHITECTURE §5): one per fact, counted by the kit's `BusinessMeters` when
 * the write that stores the fact's event succeeds, scraped as `essor_business_*_total`.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapBusinessMeters {

    @Bean
    BusinessFact reviewsPublished() {
        return BusinessFact.counting("fr.essor.roadmap.quarterly-review-published.v1",
                "essor.business.reviews.published", "Quarterly reviews published");
    }
}
