package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
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

    /** The highest fee of an agreement, in euros per m² and per month. */
    public static final String MAX_FEE = "1000";
    public static final int MAX_RULES = 4000;
    public static final int MAX_SIGNATORY = 200;

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

    public record Refused(List<Violation> refusals) implements Outcome {
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
            return new Refused(List.of(new Violation("startDate", "space.alreadyAllocated", "« " + details.name()
                    + " » est déjà attribué à " + clash.get().organisationName() + " du "
                    + FrenchFormat.date(taken.start()) + (taken.end() == null ? ", sans date de fin"
                    : " au " + FrenchFormat.date(taken.end())) + " : choisissez une autre période ou un autre espace.")));
        }
        Allocation allocation = new Allocation(allocationId, applicationId, organisationId, organisationName, period,
                at, by, null, null, null, null);
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
            return new Refused(List.of(new Violation("allocationId", "allocation.unknown",
                    "Aucune attribution " + allocationId + " sur cet espace.")));
        }
        Allocation allocation = found.get();
        if (allocation.vacated()) {
            return new Refused(List.of(new Violation("allocationId", "allocation.vacated",
                    "Cet espace a déjà été libéré le " + FrenchFormat.date(allocation.vacatedOn()) + ".")));
        }
        if (lastDay == null || lastDay.isBefore(allocation.planned().start())) {
            return new Refused(List.of(new Violation("lastDay", "lastDay.beforeStart",
                    "Indiquez le dernier jour d'occupation, au plus tôt le jour de l'entrée dans les lieux ("
                            + FrenchFormat.date(allocation.planned().start()) + ").")));
        }
        if (allocation.planned().end() != null && lastDay.isAfter(allocation.planned().end())) {
            return new Refused(List.of(new Violation("lastDay", "lastDay.afterEnd",
                    "L'occupation prévue s'achève le " + FrenchFormat.date(allocation.planned().end())
                            + " : le dernier jour ne peut pas être plus tard.")));
        }
        LocalDate recorded = lastDay;
        Allocation ended = new Allocation(allocation.id(), allocation.applicationId(), allocation.organisationId(),
                allocation.organisationName(), allocation.planned(), allocation.allocatedAt(),
                allocation.allocatedBy(), recorded, at, by, allocation.agreement());
        List<Allocation> updated = allocations.stream().map(a -> a.id().equals(allocationId) ? ended : a).toList();
        Space vacated = new Space(id, buildingCode, details, updated, version + 1, createdAt, createdBy, at, by,
                history);
        return new Moved(vacated, List.of(new SpaceVacated(UUID.randomUUID().toString(), vacated, ended, at, by)));
    }

    /**
     * Draws up the occupancy agreement of an allocation (or draws it up again, until it is signed). No fact leaves:
     * the allocation already told the others.
     */
    public Outcome draftAgreement(String allocationId, BigDecimal feePerSquareMetreMonth, String rules, String by,
                                  Instant at) {
        Optional<Allocation> found = allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst();
        if (found.isEmpty()) {
            return refused("allocationId", "allocation.unknown", "Aucune attribution " + allocationId
                    + " sur cet espace.");
        }
        Allocation allocation = found.get();
        if (allocation.agreement() != null && allocation.agreement().signed()) {
            return refused("agreement", "agreement.signed", "La convention " + allocation.agreement().number()
                    + " est signée : elle ne se modifie plus.");
        }
        if (allocation.vacated()) {
            return refused("agreement", "allocation.vacated", "L'occupant est parti le "
                    + FrenchFormat.date(allocation.vacatedOn()) + " : plus de convention à établir.");
        }
        List<Violation> refusals = new ArrayList<>();
        if (feePerSquareMetreMonth == null || feePerSquareMetreMonth.signum() < 0
                || feePerSquareMetreMonth.compareTo(new BigDecimal(MAX_FEE)) > 0) {
            refusals.add(new Violation("feePerSquareMetreMonth", "fee.range",
                    "Indiquez la redevance en euros par m² et par mois, de 0 à 1 000 (0 pour une mise à disposition "
                            + "gratuite)."));
        } else if (feePerSquareMetreMonth.stripTrailingZeros().scale() > 2) {
            refusals.add(new Violation("feePerSquareMetreMonth", "fee.cents",
                    "La redevance s'exprime en euros et centimes (deux décimales au plus)."));
        }
        if (rules != null && rules.length() > MAX_RULES) {
            refusals.add(new Violation("rules", "rules.tooLong", "Les règles tiennent en 4 000 caractères au plus."));
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        OccupancyAgreement agreement = new OccupancyAgreement("CONV-" + allocationId.replaceFirst("^ALLOC-", ""),
                feePerSquareMetreMonth.setScale(2, java.math.RoundingMode.UNNECESSARY),
                rules == null || rules.isBlank() ? OccupancyAgreement.STANDARD_RULES : rules.strip(), at, by, null,
                null, null, null);
        return withAgreement(allocation.with(agreement), "Convention " + agreement.number() + " établie", by, at);
    }

    /** Records that the occupant signed the agreement: who signed for it, on which day, and who recorded it. */
    public Outcome signAgreement(String allocationId, String signatory, LocalDate signedOn, String by, Instant at) {
        Optional<Allocation> found = allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst();
        if (found.isEmpty()) {
            return refused("allocationId", "allocation.unknown", "Aucune attribution " + allocationId
                    + " sur cet espace.");
        }
        OccupancyAgreement agreement = found.get().agreement();
        if (agreement == null) {
            return refused("agreement", "agreement.missing", "Établissez d'abord la convention d'occupation.");
        }
        if (agreement.signed()) {
            return refused("agreement", "agreement.signed", "La convention " + agreement.number()
                    + " est déjà signée (le " + FrenchFormat.date(agreement.signedOn()) + ").");
        }
        List<Violation> refusals = new ArrayList<>();
        if (signatory == null || signatory.isBlank()) {
            refusals.add(new Violation("signatory", "signatory.required",
                    "Indiquez qui a signé pour l'occupant (nom et qualité, 200 caractères au plus)."));
        }
        fr.essor.kit.domain.InputBounds.text("signatory", signatory, MAX_SIGNATORY).ifPresent(refusals::add);
        LocalDate today = at.atZone(FrenchFormat.PARIS).toLocalDate();
        if (signedOn == null) {
            refusals.add(new Violation("signedOn", "signedOn.required", "Indiquez la date de signature (jj/mm/aaaa)."));
        } else if (signedOn.isAfter(today)) {
            refusals.add(new Violation("signedOn", "signedOn.future",
                    "Une signature se note une fois faite : sa date ne peut pas être dans le futur."));
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        return withAgreement(found.get().with(agreement.signedBy(signatory.strip(), signedOn, by, at)),
                "Convention " + agreement.number() + " signée le " + FrenchFormat.date(signedOn), by, at);
    }

    private Outcome withAgreement(Allocation changed, String what, String by, Instant at) {
        List<Allocation> updated = allocations.stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        List<Change> more = new ArrayList<>(history);
        more.add(new Change(at, by, what));
        return new Moved(new Space(id, buildingCode, details, updated, version + 1, createdAt, createdBy, at, by,
                more), List.of());
    }

    private static Outcome refused(String field, String code, String message) {
        return new Refused(List.of(new Violation(field, code, message)));
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
