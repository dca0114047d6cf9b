package fr.essor.procurement.sourcing.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a sourcing need is stored (collection {@code sourcing-needs}); amounts in cents, dates ISO. */
record SourcingNeedDocument(String id, String buyerDirectorate, String object, String cpvDivision,
                            String territoryCode, long minAmountCents, long maxAmountCents, String answerBy,
                            List<String> matchedSupplierIds, List<InterestDocument> interests,
                            OutcomeDocument outcome, String status, long version, Instant createdAt, String createdBy,
                            Instant updatedAt, String updatedBy) {

    record InterestDocument(String siret, String supplierName, String note, Instant recordedAt, String recordedBy) {
    }

    record OutcomeDocument(boolean awarded, String contractId, String reason, Instant recordedAt,
                           String recordedBy) {
    }
}
