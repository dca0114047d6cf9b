package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.HubOccupancy;
import fr.essor.roadmap.directory.domain.HubVacancy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.hub}: the hub spaces an organisation occupies or occupied, per allocation. */
public class RecordingHubOccupancy extends RecordingDealings {

    static final String ALLOCATED = "fr.essor.foncier.hub-space-allocated.v1";
    static final String VACATED = "fr.essor.foncier.hub-space-vacated.v1";

    /** The directory's tolerant reading of {@code hub-space-allocated.v1}. */
    public record SpaceAllocated(String spaceId, long version, String allocationId, String organisationId,
                                 String spaceName, BigDecimal surface, LocalDate startDate, LocalDate endDate) {
    }

    /** The directory's tolerant reading of {@code hub-space-vacated.v1}. */
    public record SpaceVacated(String spaceId, long version, String allocationId, String organisationId,
                               BigDecimal surface, LocalDate vacatedOn) {
    }

    public RecordingHubOccupancy(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(ALLOCATED, SpaceAllocated.class, this::allocated)
                .on(VACATED, SpaceVacated.class, this::vacated);
    }

    Consumption allocated(IncomingEvent event, SpaceAllocated s) {
        return record(new HubOccupancy(s.allocationId(), s.version(), s.organisationId(), s.spaceId(),
                s.spaceName(), s.surface(), s.startDate(), s.endDate(), null));
    }

    Consumption vacated(IncomingEvent event, SpaceVacated s) {
        return record(new HubVacancy(s.allocationId(), s.version(), s.organisationId(), s.spaceId(), s.surface(),
                s.vacatedOn()));
    }
}
