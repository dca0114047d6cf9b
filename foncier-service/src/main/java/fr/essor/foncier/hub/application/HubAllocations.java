package fr.essor.foncier.hub.application;

import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Candidates;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.Period;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.WaitingList;
import fr.essor.foncier.premises.application.ReferenceNumbers;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Allocating a space to a retained or waiting application, and vacating it. */
public class HubAllocations {

    private final Spaces spaces;
    private final OccupancyApplications applications;
    private final OccupancyCalls calls;
    private final ReferenceNumbers references;
    private final Clock clock;

    public HubAllocations(Spaces spaces, OccupancyApplications applications, OccupancyCalls calls,
                          ReferenceNumbers references, Clock clock) {
        this.spaces = spaces;
        this.applications = applications;
        this.calls = calls;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Allocates the space for the period to the application's organisation. Refused when the application may not
     * be given the space ({@link Candidates}: not retained or waiting, already housed, or someone fitting a vacated
     * space waits first), for a period ending before it starts, or when the space is taken on one of the days.
     */
    public HubOutcome<Space> allocate(String spaceId, String applicationId, LocalDate start, LocalDate end,
                                      String agent) {
        Optional<Space> space = spaces.find(spaceId);
        if (space.isEmpty()) {
            return new HubOutcome.Unknown<>(spaceId);
        }
        Optional<OccupancyApplication> application = applicationId == null ? Optional.empty()
                : applications.find(applicationId);
        if (application.isEmpty()) {
            return HubOutcome.rejected("applicationId", "applicationId.unknown",
                    "Choisissez la candidature retenue à qui attribuer l'espace.");
        }
        Optional<Violation> refusal = candidates().refusal(space.get(), application.get());
        if (refusal.isPresent()) {
            return new HubOutcome.Rejected<>(List.of(refusal.get()));
        }
        if (start == null || (end != null && end.isBefore(start))) {
            return HubOutcome.rejected(start == null ? "startDate" : "endDate", "period.invalid", start == null
                    ? "Indiquez la date d'entrée dans les lieux (jj/mm/aaaa)."
                    : "La fin de l'occupation ne peut précéder son début.");
        }
        OccupancyApplication chosen = application.get();
        return step(space.get(), s -> s.allocate(nextAllocationId(), applicationId, chosen.organisationId(),
                chosen.organisationName(), new Period(start, end), agent, clock.instant()));
    }

    public HubOutcome<Space> vacate(String spaceId, String allocationId, LocalDate lastDay, String agent) {
        Optional<Space> space = spaces.find(spaceId);
        if (space.isEmpty()) {
            return new HubOutcome.Unknown<>(spaceId);
        }
        return step(space.get(), s -> s.vacate(allocationId, lastDay, agent, clock.instant()));
    }

    /** Draws up (again, until signed) the occupancy agreement of an allocation. */
    public HubOutcome<Space> draftAgreement(String spaceId, String allocationId, BigDecimal feePerSquareMetreMonth,
                                            String rules, String agent) {
        Optional<Space> space = spaces.find(spaceId);
        if (space.isEmpty()) {
            return new HubOutcome.Unknown<>(spaceId);
        }
        return step(space.get(), s -> s.draftAgreement(allocationId, feePerSquareMetreMonth, rules, agent,
                clock.instant()));
    }

    /** Records the occupant's signature of the agreement. */
    public HubOutcome<Space> signAgreement(String spaceId, String allocationId, String signatory, LocalDate signedOn,
                                           String agent) {
        Optional<Space> space = spaces.find(spaceId);
        if (space.isEmpty()) {
            return new HubOutcome.Unknown<>(spaceId);
        }
        return step(space.get(), s -> s.signAgreement(allocationId, signatory, signedOn, agent, clock.instant()));
    }

    /** The applications waiting for a space, first come first served. */
    public WaitingList waitingList() {
        return new WaitingList(applications.waiting(), housedApplications());
    }

    /**
     * Whom the space may be offered to: the applications to every call (newest call first) that an allocation of it
     * would accept, by the rule {@link #allocate} checks.
     */
    public Candidates.Offer offerFor(Space space) {
        return candidates().offerFor(space, calls.all().stream()
                .flatMap(call -> applications.ofCall(call.id()).stream()).toList());
    }

    private Candidates candidates() {
        Set<String> housed = housedApplications();
        return new Candidates(new WaitingList(applications.waiting(), housed), housed);
    }

    /** The application ids that hold or held a space. */
    private Set<String> housedApplications() {
        return spaces.all().stream().flatMap(s -> s.allocations().stream()).map(Allocation::applicationId)
                .collect(Collectors.toSet());
    }

    private HubOutcome<Space> step(Space current, Function<Space, Space.Outcome> step) {
        return switch (step.apply(current)) {
            case Space.Refused refused -> new HubOutcome.Rejected<>(refused.refusals());
            case Space.Moved moved -> {
                spaces.save(moved.space(), current.version(), moved.events());
                yield new HubOutcome.Done<>(moved.space());
            }
        };
    }

    private String nextAllocationId() {
        Instant now = clock.instant();
        String series = "ALLOC-" + now.atZone(ZoneId.of("Europe/Paris")).getYear();
        return series + "-" + String.format("%04d", references.next(series));
    }
}
