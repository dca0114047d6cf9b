package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code essor.foncier.hub}: per space of the hub, the state of highest version counts — its surface while
 * allocated, zero once vacated.
 */
public class FollowingHubSpaces extends ContributingFacts<HubSpaceFact> {

    static final String ALLOCATED = "fr.essor.foncier.hub-space-allocated.v1";
    static final String VACATED = "fr.essor.foncier.hub-space-vacated.v1";

    public FollowingHubSpaces(Contributions contributions) {
        super(contributions);
    }

    @Override
    protected List<Contribution> contributionsOf(IncomingEvent event, HubSpaceFact space) {
        return switch (event.type()) {
            case ALLOCATED -> List.of(new Contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event.id(),
                    event.type(), space.spaceId(), space.version(),
                    space.startDate() != null ? space.startDate().getYear() : yearOf(event), null, space.surface(),
                    space.organisationId(), space.spaceName() + " — " + space.organisationName(), event.time()));
            case VACATED -> List.of(new Contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event.id(),
                    event.type(), space.spaceId(), space.version(),
                    space.vacatedOn() != null ? space.vacatedOn().getYear() : yearOf(event), null, BigDecimal.ZERO,
                    space.organisationId(), "Espace " + space.spaceId() + " libéré", event.time()));
            default -> null;
        };
    }
}
