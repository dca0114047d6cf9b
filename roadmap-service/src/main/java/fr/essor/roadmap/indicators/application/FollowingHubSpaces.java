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
            case ALLOCATED -> {
                int year = space.startDate() != null ? space.startDate().getYear() : yearOf(event);
                String label = space.spaceName() + " — " + space.organisationName();
                yield List.of(contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event, space, year,
                        space.surface(), label), contribution(ComputedIndicators.HUB_SPACES_OCCUPIED, event, space,
                        year, BigDecimal.ONE, label));
            }
            case VACATED -> {
                int year = space.vacatedOn() != null ? space.vacatedOn().getYear() : yearOf(event);
                String label = "Espace " + space.spaceId() + " libéré";
                yield List.of(contribution(ComputedIndicators.HUB_AREA_ALLOCATED, event, space, year,
                        BigDecimal.ZERO, label), contribution(ComputedIndicators.HUB_SPACES_OCCUPIED, event, space,
                        year, BigDecimal.ZERO, label));
            }
            default -> null;
        };
    }

    /** Per space, the state of highest version counts: its value while allocated, zero once vacated. */
    private static Contribution contribution(String indicator, IncomingEvent event, HubSpaceFact space, int year,
                                             BigDecimal value, String label) {
        return new Contribution(indicator, event.id(), event.type(), space.spaceId(), space.version(), year, null,
                value, space.organisationId(), label, event.time());
    }
}
