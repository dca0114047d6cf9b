package fr.essor.foncier.hub.infrastructure;

import fr.essor.foncier.hub.application.Buildings;
import fr.essor.foncier.hub.application.HubAllocations;
import fr.essor.foncier.hub.application.HubCalls;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.OccupancyApplications;
import fr.essor.foncier.hub.application.OccupancyCalls;
import fr.essor.foncier.hub.application.Spaces;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.premises.application.ReferenceNumbers;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the innovation hub: its stores, use cases, and the buildings' reference catalogue loaded at each start. */
@Configuration(proxyBeanMethods = false)
class HubConfiguration {

    @Bean
    Spaces hubSpaces(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                     JsonMapper json) {
        return new HubStores.MongoSpaces(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    Buildings hubBuildings(MongoTemplate mongo, JsonMapper json) {
        return new HubStores.MongoBuildings(mongo, json);
    }

    @Bean
    OccupancyCalls occupancyCalls(MongoTemplate mongo, JsonMapper json) {
        return new HubStores.MongoCalls(mongo, json);
    }

    @Bean
    OccupancyApplications occupancyApplications(MongoTemplate mongo, OutboxStore outbox, JsonMapper json) {
        return new HubStores.MongoApplications(mongo, outbox, json);
    }

    @Bean
    HubCatalogue hubCatalogue(Buildings buildings, Spaces spaces, ReferenceNumbers references, Clock clock) {
        return new HubCatalogue(buildings, spaces, references, clock);
    }

    @Bean
    HubAllocations hubAllocations(Spaces spaces, OccupancyApplications applications, OccupancyCalls calls,
                                  ReferenceNumbers references, Clock clock) {
        return new HubAllocations(spaces, applications, calls, references, clock);
    }

    @Bean
    HubCalls hubCalls(OccupancyCalls calls, OccupancyApplications applications, Organisations organisations,
                      ReferenceNumbers references, Clock clock) {
        return new HubCalls(calls, applications, organisations, references, clock);
    }

    /** The 17 buildings, as placeholders the hub managers complete; loading twice adds nothing. */
    @Bean
    ApplicationRunner hubReferenceCatalogue(Buildings buildings) {
        return args -> buildings.loadReference(Building.referenceCatalogue());
    }
}
