package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be given a space: a retained or waiting application that holds no space yet, and for a space that was
 * vacated and fits someone waiting, the head of the waiting list only. The allocation checks it and the space's page
 * offers the space by the same rule.
 */
public final class Candidates {

    private final WaitingList waitingList;
    private final Set<String> housedApplicationIds;

    /** @param housedApplicationIds applications that hold or held a space */
    public Candidates(WaitingList waitingList, Set<String> housedApplicationIds) {
        this.waitingList = Objects.requireNonNull(waitingList);
        this.housedApplicationIds = Set.copyOf(housedApplicationIds);
    }

    /** The applications the space may be offered to, among {@code applications}, in their order. */
    public record Offer(List<OccupancyApplication> applications, boolean waitingListFirst) {
        public Offer {
            applications = List.copyOf(applications);
        }
    }

    /** Whom the space may go to: those of {@code applications} that an allocation of it would not refuse. */
    public Offer offerFor(Space space, List<OccupancyApplication> applications) {
        return new Offer(applications.stream().filter(a -> refusal(space, a).isEmpty()).toList(),
                waitingList.firstFor(space).isPresent());
    }

    /** Why the application may not be given the space, if it may not. */
    public Optional<Violation> refusal(Space space, OccupancyApplication application) {
        if (!application.status().mayBeHoused()) {
            return Optional.of(new Violation("applicationId", "application.notRetained", "La candidature "
                    + application.id() + " est « " + application.status().label()
                    + " » : seule une candidature retenue ou en liste d'attente reçoit un espace."));
        }
        if (housedApplicationIds.contains(application.id())) {
            return Optional.of(new Violation("applicationId", "application.housed",
                    "La candidature " + application.id() + " a déjà un espace."));
        }
        return waitingList.check(space, application.id());
    }
}
