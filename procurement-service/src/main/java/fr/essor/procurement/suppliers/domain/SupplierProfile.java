package fr.essor.procurement.suppliers.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an ESS or inclusive supplier offers to the Département's buyers, beside what the organisation registry knows
 * of it: sectors, territories served, capacity. Keyed by the organisation's SIRET; every change says who and when.
 */
public final class SupplierProfile {

    private final String siret;
    private final SupplierDetails details;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public SupplierProfile(String siret, SupplierDetails details, long version, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {
        this.siret = Objects.requireNonNull(siret, "siret");
        this.details = Objects.requireNonNull(details, "details");
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public static SupplierProfile describe(String siret, SupplierDetails details, String by, Instant at) {
        return new SupplierProfile(siret, details, 1, at, by, at, by);
    }

    /**
     * What is known of an organisation of the registry that nobody described as a supplier yet: no sector, no
     * territory, no capacity (never stored).
     */
    public static SupplierProfile undescribed(String siret, Instant registeredAt) {
        return describe(siret, new SupplierDetails(List.of(), List.of(), null, null, null), "", registeredAt);
    }

    /** The profile with new details; the same profile when nothing changes. */
    public SupplierProfile change(SupplierDetails newDetails, String by, Instant at) {
        if (newDetails.equals(details)) {
            return this;
        }
        return new SupplierProfile(siret, newDetails, version + 1, createdAt, createdBy, at, by);
    }

    public String siret() {
        return siret;
    }

    public SupplierDetails details() {
        return details;
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
