package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A public contract of the Département, or one lot of it: its terms, then its award to one or more holders, then its
 * modifications. A reserved contract is only awarded to holders that qualify ({@link ReservationRules}). Every change
 * says who made it and when.
 */
public final class Contract {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final String id;
    private final ContractTerms terms;
    private final ContractStatus status;
    private final Award award;
    private final List<Modification> modifications;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public Contract(String id, ContractTerms terms, ContractStatus status, Award award,
                    List<Modification> modifications, long version, Instant createdAt, String createdBy,
                    Instant updatedAt, String updatedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.award = award;
        this.modifications = List.copyOf(modifications);
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public static Contract open(ContractTerms terms, String by, Instant at) {
        return new Contract(terms.contractId(), terms, ContractStatus.OPEN, null, List.of(), 1, at, by, at, by);
    }

    public sealed interface AwardOutcome permits Awarded, AwardRefused, NotOpen {
    }

    /** @param facts one {@link ContractAwarded} per holder, to publish with the save */
    public record Awarded(Contract contract, List<ContractAwarded> facts) implements AwardOutcome {
    }

    public record AwardRefused(List<Violation> violations) implements AwardOutcome {
    }

    public record NotOpen(ContractStatus status) implements AwardOutcome {
    }

    /**
     * Awards the contract to its holders, if each qualifies for its reservation.
     *
     * @param priorAwards per holder (same order), the contracts it already holds under the same reservation
     */
    public AwardOutcome award(AwardForm.Valid decision, List<Holder> holders, List<List<PriorAward>> priorAwards,
                              String by, Instant at) {
        if (status != ContractStatus.OPEN) {
            return new NotOpen(status);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            ReservationRules.refusal(terms.reservation(), holders.get(i), "holders[" + i + "].siret",
                    terms.cpvCode(), decision.notifiedOn(), priorAwards.get(i)).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return new AwardRefused(List.copyOf(violations));
        }
        Award awarded = new Award(holders, decision.notifiedOn(), decision.offersReceived(), decision.grouping(),
                decision.subcontractingDeclared(), LocalDate.ofInstant(at, PARIS), at, by);
        return new Awarded(new Contract(id, terms, ContractStatus.AWARDED, awarded, modifications, version + 1,
                createdAt, createdBy, at, by), ContractAwarded.of(id, version + 1, terms, awarded));
    }

    public sealed interface ModificationOutcome permits Modified, ModificationRefused, NotAwarded {
    }

    public record Modified(Contract contract, Modification modification) implements ModificationOutcome {
    }

    public record ModificationRefused(List<Violation> violations) implements ModificationOutcome {
    }

    public record NotAwarded() implements ModificationOutcome {
    }

    /** Records a modification (avenant) of an awarded contract. */
    public ModificationOutcome modify(ModificationForm form, String by, Instant at) {
        if (status != ContractStatus.AWARDED) {
            return new NotAwarded();
        }
        LocalDate today = LocalDate.ofInstant(at, PARIS);
        List<Violation> violations = new ArrayList<>(form.violations(today));
        LocalDate lastNotified = modifications.isEmpty() ? award.notifiedOn()
                : modifications.getLast().notifiedOn();
        if (form.notifiedOn() != null && form.notifiedOn().isBefore(lastNotified)) {
            violations.add(new Violation("notifiedOn", "notifiedOn.beforeLast",
                    "Une modification est notifiée après l'attribution et après la modification précédente."));
        }
        if (!violations.isEmpty()) {
            return new ModificationRefused(List.copyOf(violations));
        }
        Modification modification = new Modification(modifications.size() + 1, form.notifiedOn(), today,
                form.durationMonths(), form.amount() == null ? null : Amounts.normalized(form.amount()),
                form.reason().trim(), at, by);
        List<Modification> all = new ArrayList<>(modifications);
        all.add(modification);
        return new Modified(new Contract(id, terms, status, award, all, version + 1, createdAt, createdBy, at, by),
                modification);
    }

    /** The amount now: the last modified amount, else the amount awarded, else the estimate. */
    public BigDecimal currentAmount() {
        for (Modification modification : modifications.reversed()) {
            if (modification.amount() != null) {
                return modification.amount();
            }
        }
        return award != null ? award.amount() : terms.estimatedAmount();
    }

    /** The duration now, in months: the last modified duration, else the initial one. */
    public int currentDurationMonths() {
        for (Modification modification : modifications.reversed()) {
            if (modification.durationMonths() != null) {
                return modification.durationMonths();
            }
        }
        return terms.durationMonths();
    }

    /** The last day of execution now: the current duration's whole months from the start. */
    public LocalDate endOn() {
        return ExecutionEnd.lastDay(terms.startOn(), currentDurationMonths());
    }

    /** An execution of this contract that would end on {@code endOn} (an avenant's new end). */
    public ExecutionEnd endingOn(LocalDate endOn) {
        return new ExecutionEnd(terms.startOn(), endOn);
    }

    public String id() {
        return id;
    }

    public ContractTerms terms() {
        return terms;
    }

    public ContractStatus status() {
        return status;
    }

    /** The award, {@code null} while the contract is open. */
    public Award award() {
        return award;
    }

    public List<Modification> modifications() {
        return modifications;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
