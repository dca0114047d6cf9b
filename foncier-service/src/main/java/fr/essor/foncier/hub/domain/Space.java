package fr.essor.foncier.hub.domain;

import fr.essor.kit.ui.FrenchFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A space of the hub with its allocations, past and planned. A space is never allocated twice for overlapping
 * periods: the check and the write are one document update guarded by the version.
 */
public record Space(String id, String buildingCode, SpaceDetails details, List<Allocation> allocations,
                    long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                    List<Change> history) {

    public Space {
        allocations = List.copyOf(allocations);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public sealed interface Outcome permits Moved, Refused {
    }

    public record Moved(Space space, List<SpaceEvent> events) implements Outcome {
        public Moved {
            events = List.copyOf(events);
        }
    }

    public record Refused(List<Refusal> refusals) implements Outcome {
        public Refused {
            refusals = List.copyOf(refusals);
        }
    }

    public static Space create(String id, String buildingCode, SpaceDetails details, String by, Instant at) {
        return new Space(id, buildingCode, details, List.of(), 1, at, by, at, by,
                List.of(new Change(at, by, "Espace créé")));
    }

    /** Replaces what the space is; its allocations stay, and the change is kept in its history. */
    public Space describe(SpaceDetails newDetails, String by, Instant at) {
        if (newDetails.equals(details)) {
            return this;
        }
        List<String> changed = new ArrayList<>();
        if (!newDetails.name().equals(details.name())) {
            changed.add("nom « " + newDetails.name() + " »");
        }
        if (newDetails.surface() != details.surface()) {
            changed.add("surface " + newDetails.surface() + " m²");
        }
        if (!java.util.Objects.equals(newDetails.floor(), details.floor())) {
            changed.add("niveau");
        }
        if (newDetails.type() != details.type()) {
            changed.add("type " + newDetails.type().label());
        }
        if (!newDetails.equipment().equals(details.equipment())) {
            changed.add("équipements");
        }
        if (newDetails.accessible() != details.accessible()) {
            changed.add(newDetails.accessible() ? "accessible" : "non accessible");
        }
        List<Change> more = new ArrayList<>(history);
        more.add(new Change(at, by, "Fiche modifiée : " + String.join(", ", changed)));
        return new Space(id, buildingCode, newDetails, allocations, version + 1, createdAt, createdBy, at, by, more);
    }

    /** Allocates the space for the period, unless it is already taken on one of its days. */
    public Outcome allocate(String allocationId, String applicationId, String organisationId,
                            String organisationName, Period period, String by, Instant at) {
        Optional<Allocation> clash = allocations.stream().filter(a -> a.effective().overlaps(period)).findFirst();
        if (clash.isPresent()) {
            Period taken = clash.get().effective();
            return new Refused(List.of(new Refusal("startDate", "space.alreadyAllocated", "« " + details.name()
                    + " » est déjà attribué à " + clash.get().organisationName() + " du "
                    + FrenchFormat.date(taken.start()) + (taken.end() == null ? ", sans date de fin"
                    : " au " + FrenchFormat.date(taken.end())) + " : choisissez une autre période ou un autre espace.")));
        }
        Allocation allocation = new Allocation(allocationId, applicationId, organisationId, organisationName, period,
                at, by, null, null, null);
        List<Allocation> more = new ArrayList<>(allocations);
        more.add(allocation);
        Space allocated = new Space(id, buildingCode, details, more, version + 1, createdAt, createdBy, at, by,
                history);
        return new Moved(allocated, List.of(new SpaceAllocated(UUID.randomUUID().toString(), allocated, allocation,
                at, by)));
    }

    /** The occupant left: the allocation ends on {@code lastDay} and the space is free from the next day. */
    public Outcome vacate(String allocationId, LocalDate lastDay, String by, Instant at) {
        Optional<Allocation> found = allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst();
        if (found.isEmpty()) {
            return new Refused(List.of(new Refusal("allocationId", "allocation.unknown",
                    "Aucune attribution " + allocationId + " sur cet espace.")));
        }
        Allocation allocation = found.get();
        if (allocation.vacated()) {
            return new Refused(List.of(new Refusal("allocationId", "allocation.vacated",
                    "Cet espace a déjà été libéré le " + FrenchFormat.date(allocation.vacatedOn()) + ".")));
        }
        if (lastDay == null || lastDay.isBefore(allocation.planned().start())) {
            return new Refused(List.of(new Refusal("vacatedOn", "vacatedOn.beforeStart",
                    "Indiquez le dernier jour d'occupation, au plus tôt le jour de l'entrée dans les lieux ("
                            + FrenchFormat.date(allocation.planned().start()) + ").")));
        }
        if (allocation.planned().end() != null && lastDay.isAfter(allocation.planned().end())) {
            return new Refused(List.of(new Refusal("vacatedOn", "vacatedOn.afterEnd",
                    "L'occupation prévue s'achève le " + FrenchFormat.date(allocation.planned().end())
                            + " : le dernier jour ne peut pas être plus tard.")));
        }
        LocalDate recorded = lastDay;
        Allocation ended = new Allocation(allocation.id(), allocation.applicationId(), allocation.organisationId(),
                allocation.organisationName(), allocation.planned(), allocation.allocatedAt(),
                allocation.allocatedBy(), recorded, at, by);
        List<Allocation> updated = allocations.stream().map(a -> a.id().equals(allocationId) ? ended : a).toList();
        Space vacated = new Space(id, buildingCode, details, updated, version + 1, createdAt, createdBy, at, by,
                history);
        return new Moved(vacated, List.of(new SpaceVacated(UUID.randomUUID().toString(), vacated, ended, at, by)));
    }

    /** The allocation occupying the space on that day, if any. */
    public Optional<Allocation> occupantOn(LocalDate day) {
        return allocations.stream().filter(a -> a.effective().contains(day)).findFirst();
    }

    /** Whether the space was ever vacated: a free space that was, is offered to the waiting list first. */
    public boolean wasVacated() {
        return allocations.stream().anyMatch(Allocation::vacated);
    }
}
