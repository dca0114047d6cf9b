package fr.essor.foncier.premises.infrastructure;

import java.time.Instant;
import java.util.List;

/** How an offer is stored (collection {@code premises_offers}); its outbox lives in the same document. */
record OfferDocument(String id, String ownerType, String ownerName, String address, String communeInsee,
                     String territoryCode, int surface, List<String> allowedUsages, String rentPerSquareMetre,
                     String availableFrom, String availableUntil, String tenure, Integer erpCategory,
                     boolean accessible, String notes, String status, long version, Instant publishedAt,
                     String publishedBy, Instant updatedAt, String updatedBy) {
}
