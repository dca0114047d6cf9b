package fr.essor.kit.organisations.domain;

import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An ESS organisation as this service knows it. Registering it and changing it produce the facts other services
 * learn it from; every change says who made it and when.
 */
public final class Organisation {

    private final String id;
    private final OrganisationDetails details;
    private final long version;
    private final Instant registeredAt;
    private final String registeredBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public Organisation(String id, OrganisationDetails details, long version, Instant registeredAt,
                        String registeredBy, Instant updatedAt, String updatedBy) {
        this.id = id;
        this.details = details;
        this.version = version;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public record Registration(Organisation organisation, OrganisationRegistered event) {
    }

    public record Change(Organisation organisation, Optional<OrganisationUpdated> event) {
    }

    public sealed interface ChangeResult permits Changed, Refused {
    }

    public record Changed(Change change) implements ChangeResult {
    }

    public record Refused(List<Violation> violations) implements ChangeResult {
    }

    public static Registration register(OrganisationDetails details, String by, Instant at) {
        Organisation organisation = new Organisation(details.organisationId(), details, 1, at, by, at, by);
        return new Registration(organisation, new OrganisationRegistered(UUID.randomUUID().toString(),
                organisation.id, 1, details, at, by));
    }

    /**
     * Replaces what is known of the organisation. Its identifiers never change (a missing one may be added); an
     * update that changes nothing produces no fact.
     */
    public ChangeResult change(OrganisationDetails newDetails, String by, Instant at) {
        if (details.siret() != null && !details.siret().equals(newDetails.siret())) {
            return new Refused(List.of(new Violation("siret", "siret.immutable",
                    "Le SIRET d'une structure enregistrée ne peut pas être modifié.")));
        }
        if (details.rna() != null && !details.rna().equals(newDetails.rna())) {
            return new Refused(List.of(new Violation("rna", "rna.immutable",
                    "Le RNA d'une structure enregistrée ne peut pas être modifié.")));
        }
        if (newDetails.equals(details)) {
            return new Changed(new Change(this, Optional.empty()));
        }
        Organisation changed = new Organisation(id, newDetails, version + 1, registeredAt, registeredBy, at, by);
        return new Changed(new Change(changed, Optional.of(new OrganisationUpdated(UUID.randomUUID().toString(), id,
                changed.version, newDetails, at, by))));
    }

    public String id() {
        return id;
    }

    public OrganisationDetails details() {
        return details;
    }

    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
