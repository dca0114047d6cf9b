package fr.essor.funding.cpo.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a CPO is stored (collection {@code cpos}), amounts in cents. */
record CpoDocument(String id, String organisationId, String organisationName, String territoryCode,
                   String leadDirectorate, String title, List<ObjectiveDocument> objectives,
                   List<YearDocument> years, String decisionReference, String decidedOn,
                   List<InstalmentDocument> schedule, String signedOn, List<ReviewDocument> reviews,
                   List<PaymentDocument> payments, long version, Instant createdAt, String createdBy,
                   Instant updatedAt, String updatedBy) {

    record ObjectiveDocument(String label, String indicator, String target) {
    }

    record YearDocument(int year, long operatingCents, long investmentCents) {
    }

    record InstalmentDocument(int number, int year, boolean advance, long amountCents, String label) {
    }

    record ReviewDocument(int year, String reviewedOn, boolean favourable, String comment, String recordedBy,
                          Instant recordedAt) {
    }

    record PaymentDocument(int number, int instalment, long amountCents, String paidOn, String recordedBy,
                           Instant recordedAt) {
    }
}
