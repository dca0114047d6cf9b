package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The premises need of a registered organisation, followed by the intermediation cell from open to satisfied or
 * abandoned. Every change says who made it and when.
 */
public record PremisesNeed(String id, OrganisationRef organisation, NeedDetails details, NeedStatus status,
                           long version, Instant registeredAt, String registeredBy, Instant updatedAt,
                           String updatedBy) {

    /** The shape of a need's id ({@code BESOIN-2026-0012}). */
    public static final String ID_PATTERN = "BESOIN-\\d{4}-\\d{4,6}";

    public record Registration(PremisesNeed need, NeedRegistered event) {
    }

    public sealed interface ChangeResult permits Changed, Refused {
    }

    /** The need after the change; {@code changed} is false when nothing differed, and nothing is then written. */
    public record Changed(PremisesNeed need, boolean changed) implements ChangeResult {
    }

    public record Refused(List<Violation> violations) implements ChangeResult {
    }

    public static Registration register(String id, OrganisationRef organisation, NeedDetails details, String by,
                                        Instant at) {
        PremisesNeed need = new PremisesNeed(id, organisation, details, NeedStatus.OPEN, 1, at, by, at, by);
        return new Registration(need, new NeedRegistered(UUID.randomUUID().toString(), id, 1, organisation, details,
                at, by));
    }

    /**
     * Replaces what the need asks for and its status. A satisfied or abandoned need keeps its details unless it is
     * reopened in the same change.
     */
    public ChangeResult change(NeedDetails newDetails, NeedStatus newStatus, String by, Instant at) {
        if (newDetails.equals(details) && newStatus == status) {
            return new Changed(this, false);
        }
        if (!status.isActive() && !newStatus.isActive() && !newDetails.equals(details)) {
            return new Refused(List.of(new Violation("status", "status.closed",
                    "Ce besoin est « " + status.label() + " » : rouvrez-le (statut Ouvert ou En relation) "
                            + "pour modifier ce qu'il demande.")));
        }
        return new Changed(new PremisesNeed(id, organisation, newDetails, newStatus, version + 1, registeredAt,
                registeredBy, at, by), true);
    }
}
