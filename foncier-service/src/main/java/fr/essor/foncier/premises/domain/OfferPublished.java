package fr.essor.foncier.premises.domain;

import java.time.Instant;

/** Premises offered by an owner were published by the cell (version 1, status available). */
public record OfferPublished(String eventId, String offerId, long version, OfferDetails details, Instant occurredAt,
                             String recordedBy) {
}
