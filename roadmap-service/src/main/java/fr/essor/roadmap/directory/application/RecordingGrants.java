package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.Grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.funding.applications}: each grant awarded, on its laureate's page. */
public class RecordingGrants extends RecordingDealings {

    static final String GRANT_AWARDED = "fr.essor.funding.grant-awarded.v1";

    /** The directory's tolerant reading of {@code grant-awarded.v1}. */
    public record GrantAwarded(String applicationId, long version, String organisationId, String programme,
                               int callYear, String projectTitle, BigDecimal amount, String nature,
                               LocalDate decidedOn) {
    }

    public RecordingGrants(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(GRANT_AWARDED, GrantAwarded.class, this::awarded);
    }

    Consumption awarded(IncomingEvent event, GrantAwarded g) {
        return record(new Grant(g.applicationId(), g.version(), g.organisationId(), g.programme(), g.callYear(),
                g.projectTitle(), g.amount(), g.nature(), g.decidedOn()));
    }
}
