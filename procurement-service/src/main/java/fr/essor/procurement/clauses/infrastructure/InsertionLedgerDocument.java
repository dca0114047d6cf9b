package fr.essor.procurement.clauses.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a contract's hours ledger is stored (collection {@code insertion-ledgers}, id = contract id), its outbox in the
 * same document. Hours in hundredths, dates ISO strings, so that both stores read them back exactly.
 */
record InsertionLedgerDocument(String id, List<ReportDocument> reports, long version, Instant updatedAt,
                               String updatedBy) {

    record ReportDocument(String reportId, String kind, String start, String end, List<CountDocument> counts,
                          Instant reportedAt, String reportedBy) {
    }

    record CountDocument(String publicKey, int people, long hoursHundredths) {
    }
}
