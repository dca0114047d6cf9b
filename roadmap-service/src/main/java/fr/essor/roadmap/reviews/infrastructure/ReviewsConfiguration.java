package fr.essor.roadmap.reviews.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.reviews.application.QuarterlyReviewing;
import fr.essor.roadmap.reviews.application.ReviewPacks;
import fr.essor.roadmap.reviews.application.Reviews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the quarterly reviews: their store and use cases. */
@Configuration(proxyBeanMethods = false)
class ReviewsConfiguration {

    @Bean
    MongoReviews reviews(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                         JsonMapper json) {
        return new MongoReviews(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    QuarterlyReviewing quarterlyReviewing(Reviews reviews, Actions actions, Clock clock) {
        return new QuarterlyReviewing(reviews, actions, clock);
    }

    @Bean
    ReviewPacks reviewPacks(Reviews reviews, Actions actions, Indicators indicators, Contributions contributions,
                            Clock clock) {
        return new ReviewPacks(reviews, actions, indicators, contributions, clock);
    }
}
