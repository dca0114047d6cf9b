package fr.essor.procurement.plan.domain;

import fr.essor.kit.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A purchase a buyer directorate plans in its purchase plan. Every change says who made it and when. */
public final class PlannedPurchase {

    private final String id;
    private final PurchaseTerms terms;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public PlannedPurchase(String id, PurchaseTerms terms, long version, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public sealed interface Outcome permits Planned, Refused {
    }

    public record Planned(PlannedPurchase purchase) implements Outcome {
    }

    public record Refused(List<Violation> violations) implements Outcome {
    }

    /** Plans a new purchase under this id, if the form holds. */
    public static Outcome plan(String id, PurchaseForm form, Set<String> territoryCodes, LocalDate today, String by,
                               Instant at) {
        return switch (form.check(territoryCodes, today)) {
            case PurchaseForm.Invalid invalid -> new Refused(invalid.violations());
            case PurchaseForm.Valid valid -> new Planned(new PlannedPurchase(id, valid.terms(), 1, at, by, at, by));
        };
    }

    /** Revises what is planned, if the form holds. */
    public Outcome revise(PurchaseForm form, Set<String> territoryCodes, LocalDate today, String by, Instant at) {
        return switch (form.check(territoryCodes, today)) {
            case PurchaseForm.Invalid invalid -> new Refused(invalid.violations());
            case PurchaseForm.Valid valid -> new Planned(new PlannedPurchase(id, valid.terms(), version + 1,
                    createdAt, createdBy, at, by));
        };
    }

    public String id() {
        return id;
    }

    public PurchaseTerms terms() {
        return terms;
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
