package fr.essor.foncier.hub.application;

import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.Allocation;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Allocating a space to a retained or waiting application, and vacating it. */
public class HubAllocations {

    private final Spaces spaces;
    private final OccupancyApplications applications;
    private final ReferenceNumbers references;
    private final Clock clock;

    public HubAllocations(Spaces spaces, OccupancyApplications applications, ReferenceNumbers references,
                          Clock clock) {
        this.spaces = spaces;
        this.applications = applications;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Allocates the space for the period to the application's organisation. Refused when the application is not
     * retained or waiting, already housed, when the space is taken on one of the days, or when the space was
     * vacated and someone fitting it is waiting first.
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
        if (!application.get().status().mayBeHoused()) {
            return HubOutcome.rejected("applicationId", "application.notRetained", "La candidature "
                    + applicationId + " est « " + application.get().status().label()
                    + " » : seule une candidature retenue ou en liste d'attente reçoit un espace.");
        }
        Set<String> housed = housedApplications();
        if (housed.contains(applicationId)) {
            return HubOutcome.rejected("applicationId", "application.housed",
                    "La candidature " + applicationId + " a déjà un espace.");
        }
        if (start == null || (end != null && end.isBefore(start))) {
            return HubOutcome.rejected(start == null ? "startDate" : "endDate", "period.invalid", start == null
                    ? "Indiquez la date d'entrée dans les lieux (jj/mm/aaaa)."
                    : "La fin de l'occupation ne peut précéder son début.");
        }
        Optional<fr.essor.kit.domain.Violation> waitingFirst = new WaitingList(applications.waiting(), housed)
                .check(space.get(), applicationId);
        if (waitingFirst.isPresent()) {
            return new HubOutcome.Rejected<>(java.util.List.of(waitingFirst.get()));
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

    /** The application ids that hold or held a space. */
    public Set<String> housedApplications() {
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
