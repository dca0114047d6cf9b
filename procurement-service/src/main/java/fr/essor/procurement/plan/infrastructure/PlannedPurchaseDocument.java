package fr.essor.procurement.plan.infrastructure;

import java.time.Instant;

/** How a planned purchase is stored (collection {@code planned-purchases}); the amount in cents, dates ISO. */
record PlannedPurchaseDocument(String id, String buyerDirectorate, String object, String cpvCode,
                               long estimatedAmountCents, String expectedOn, String territoryCode, long version,
                               Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
