package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The applications waiting for a space, first come first served. A space that was vacated is offered to the first
 * waiting application it fits before anyone else.
 */
public final class WaitingList {

    private final List<OccupancyApplication> waiting;

    /** @param housedApplicationIds applications that already hold a space: no longer waiting */
    public WaitingList(Collection<OccupancyApplication> applications, Set<String> housedApplicationIds) {
        this.waiting = applications.stream()
                .filter(a -> a.status() == ApplicationStatus.WAITING_LIST && !housedApplicationIds.contains(a.id()))
                .sorted(Comparator.comparing(OccupancyApplication::submittedAt)
                        .thenComparing(OccupancyApplication::id))
                .toList();
    }

    public List<OccupancyApplication> all() {
        return waiting;
    }

    /** Who the space goes to first, if it was vacated and fits someone waiting. */
    public Optional<OccupancyApplication> firstFor(Space space) {
        return space.wasVacated() ? waiting.stream().filter(a -> a.fits(space)).findFirst() : Optional.empty();
    }

    /** Refuses to allocate a vacated space past the head of the waiting list it fits. */
    public Optional<Violation> check(Space space, String applicationId) {
        return firstFor(space).filter(first -> !first.id().equals(applicationId)).map(first -> new Violation(
                "applicationId", "waitingList.first", "Cet espace libéré revient d'abord à la liste d'attente : "
                + first.organisationName() + " (candidature " + first.id() + ") passe avant."));
    }
}
