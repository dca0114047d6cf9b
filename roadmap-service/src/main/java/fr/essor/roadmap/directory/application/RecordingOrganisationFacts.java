package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventHandler;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.Relationship;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the directory up to date with the organisation facts of funding, procurement and foncier
 * ({@code fr.essor.<service>.organisation-registered.v1} and {@code …organisation-updated.v1}).
 */
public class RecordingOrganisationFacts implements EventHandler<OrganisationFact> {

    private static final Pattern TYPE = Pattern.compile("fr\\.essor\\.([a-z]+)\\.organisation-(registered|updated)\\.v1");

    private final Directory directory;

    public RecordingOrganisationFacts(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Consumption handle(IncomingEvent event, OrganisationFact fact) {
        Matcher type = TYPE.matcher(event.type());
        if (!type.matches()) {
            return Consumption.IGNORED;
        }
        Relationship relationship = Relationship.ofCode(fact.registeredAs()).orElseThrow(() ->
                new IllegalArgumentException("Unknown role " + fact.registeredAs() + " in " + event.id()));
        return directory.record(type.group(1), relationship, fact) ? Consumption.APPLIED : Consumption.DUPLICATE;
    }
}
