package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventHandler;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.Relationship;

import java.util.List;

/**
 * Keeps the directory up to date with the organisation facts of funding, procurement and foncier
 * ({@code fr.essor.<service>.organisation-registered.v1} and {@code …organisation-updated.v1}, one contract).
 */
public class RecordingOrganisationFacts {

    /** The services whose organisations the directory shows. */
    static final List<String> SERVICES = List.of("funding", "procurement", "foncier");

    private final Directory directory;

    public RecordingOrganisationFacts(Directory directory) {
        this.directory = directory;
    }

    /** Both organisation facts of each service, read alike and recorded as that service's. */
    public EventRoutes routes() {
        EventRoutes routes = EventRoutes.following();
        for (String service : SERVICES) {
            routes = routes.on(type(service, "registered"), OrganisationFact.class, recordedBy(service))
                    .on(type(service, "updated"), OrganisationFact.class, recordedBy(service));
        }
        return routes;
    }

    static String type(String service, String change) {
        return "fr.essor." + service + ".organisation-" + change + ".v1";
    }

    private EventHandler<OrganisationFact> recordedBy(String service) {
        return (event, fact) -> record(service, event, fact);
    }

    Consumption record(String service, IncomingEvent event, OrganisationFact fact) {
        Relationship relationship = Relationship.ofCode(fact.registeredAs()).orElseThrow(() ->
                new IllegalArgumentException("Unknown role " + fact.registeredAs() + " in " + event.id()));
        return Consumption.appliedIf(directory.record(service, relationship, fact));
    }
}
