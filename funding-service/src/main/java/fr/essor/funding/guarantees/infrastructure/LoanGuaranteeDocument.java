package fr.essor.funding.guarantees.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a guarantee is stored (collection {@code loan_guarantees}); amounts as exact decimal strings. */
record LoanGuaranteeDocument(String id, String organisationId, String organisationName, String territoryCode,
                             String lender, String loanAmount, String guaranteedShare, int durationMonths,
                             String grantedOn, String deliberationReference, String purpose,
                             String outstandingPrincipal, String outstandingOn, List<HistoryDocument> history,
                             long version, Instant updatedAt, String updatedBy) {

    record HistoryDocument(Instant at, String by, String what, String note) {
    }
}
