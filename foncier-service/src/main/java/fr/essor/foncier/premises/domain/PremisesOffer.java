package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Premises offered by an owner through the intermediation cell. Every change says who made it and when. */
public record PremisesOffer(String id, OfferDetails details, OfferStatus status, long version, Instant publishedAt,
                            String publishedBy, Instant updatedAt, String updatedBy) {

    /** The shape of an offer's id ({@code OFFRE-2026-0007}). */
    public static final String ID_PATTERN = "OFFRE-\\d{4}-\\d{4,6}";

    public record Publication(PremisesOffer offer, OfferPublished event) {
    }

    public sealed interface ChangeResult permits Changed, Refused {
    }

    public record Changed(PremisesOffer offer, boolean changed) implements ChangeResult {
    }

    public record Refused(List<Violation> violations) implements ChangeResult {
    }

    public static Publication publish(String id, OfferDetails details, String by, Instant at) {
        PremisesOffer offer = new PremisesOffer(id, details, OfferStatus.AVAILABLE, 1, at, by, at, by);
        return new Publication(offer, new OfferPublished(UUID.randomUUID().toString(), id, 1, details, at, by));
    }

    /** Replaces the offer's details and status. A let offer keeps its details: the lease describes them. */
    public ChangeResult change(OfferDetails newDetails, OfferStatus newStatus, String by, Instant at) {
        if (newDetails.equals(details) && newStatus == status) {
            return new Changed(this, false);
        }
        if (status == OfferStatus.LET && newStatus == OfferStatus.LET && !newDetails.equals(details)) {
            return new Refused(List.of(new Violation("status", "status.let",
                    "Ces locaux sont loués : remettez l'offre en statut Disponible pour la modifier.")));
        }
        return new Changed(new PremisesOffer(id, newDetails, newStatus, version + 1, publishedAt, publishedBy, at,
                by), true);
    }
}
