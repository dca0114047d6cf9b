package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code essor.foncier.hub}: per space of the hub, the state of highest version counts — its surface while
 * allocated, zero once vacated.
 */
public class FollowingHubSpaces extends ContributingFacts {

    static final String ALLOCATED = "fr.essor.foncier.hub-space-allocated.v1";
    static final String VACATED = "fr.essor.foncier.hub-space-vacated.v1";

    /** The roadmap's tolerant reading of foncier's {@code hub-space-allocated.v1}. */
    public record SpaceAllocated(String spaceId, long version, String spaceName, String organisationId,
                                 String organisationName, BigDecimal surface, LocalDate startDate) {
    }

    /** The roadmap's tolerant reading of foncier's {@code hub-space-vacated.v1}. */
    public record SpaceVacated(String spaceId, long version, String organisationId, LocalDate vacatedOn) {
    }

    public FollowingHubSpaces(Contributions contributions) {
        super(contributions);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(ALLOCATED, SpaceAllocated.class, this::allocated)
                .on(VACATED, SpaceVacated.class, this::vacated);
    }

    Consumption allocated(IncomingEvent event, SpaceAllocated space) {
        int year = space.startDate() != null ? space.startDate().getYear() : yearOf(event);
        String label = space.spaceName() + " — " + space.organisationName();
        return record(List.of(
                contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event, space.spaceId(), space.version(), year,
                        space.surface(), space.organisationId(), label),
                contribution(ComputedIndicators.HUB_SPACES_OCCUPIED, event, space.spaceId(), space.version(), year,
                        BigDecimal.ONE, space.organisationId(), label)));
    }

    Consumption vacated(IncomingEvent event, SpaceVacated space) {
        int year = space.vacatedOn() != null ? space.vacatedOn().getYear() : yearOf(event);
        String label = "Espace " + space.spaceId() + " libéré";
        return record(List.of(
                contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event, space.spaceId(), space.version(), year,
                        BigDecimal.ZERO, space.organisationId(), label),
                contribution(ComputedIndicators.HUB_SPACES_OCCUPIED, event, space.spaceId(), space.version(), year,
                        BigDecimal.ZERO, space.organisationId(), label)));
    }

    /** Per space, the state of highest version counts: its value while allocated, zero once vacated. */
    private static Contribution contribution(String indicator, IncomingEvent event, String spaceId, long version,
                                             int year, BigDecimal value, String organisationId, String label) {
        return new Contribution(indicator, event.id(), event.type(), spaceId, version, year, null, value,
                organisationId, label, event.time());
    }
}
