package fr.essor.roadmap.plan.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.plan.application.PlanStructure;
import fr.essor.roadmap.plan.application.ReferenceLoading;
import fr.essor.roadmap.plan.application.RelatedEvents;
import fr.essor.roadmap.plan.application.RoadmapOverview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the roadmap plan: its stores, its use cases, and the loading of the reference file at start. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    @Bean
    MongoActions actions(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                         JsonMapper json) {
        return new MongoActions(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    MongoPlanStructure planStructure(MongoTemplate mongo) {
        return new MongoPlanStructure(mongo);
    }

    @Bean
    ReferenceLoading referenceLoading(PlanStructure structure, Actions actions, Clock clock) {
        return new ReferenceLoading(structure, actions, clock);
    }

    @Bean
    ActionTracking actionTracking(Actions actions, Clock clock) {
        return new ActionTracking(actions, clock);
    }

    @Bean
    LinkedIndicatorEvents relatedEvents(Indicators indicators, Contributions contributions) {
        return new LinkedIndicatorEvents(indicators, contributions);
    }

    @Bean
    RoadmapOverview roadmapOverview(PlanStructure structure, Actions actions, RelatedEvents relatedEvents) {
        return new RoadmapOverview(structure, actions, relatedEvents);
    }

    @Bean
    ReferenceDataLoader referenceDataLoader(ReferenceLoading loading,
            @Value("${essor.roadmap.reference:classpath:reference/roadmap-2024-2028.yaml}") Resource file) {
        return new ReferenceDataLoader(loading, file);
    }
}
