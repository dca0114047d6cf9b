package fr.essor.procurement.suppliers.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a supplier's profile is stored (collection {@code supplierProfiles}, id = SIRET); capacity in cents. */
record SupplierProfileDocument(String id, List<String> sectors, List<String> territories, Integer workforce,
                               Long maxContractAmountCents, String description, long version, Instant createdAt,
                               String createdBy, Instant updatedAt, String updatedBy) {
}
