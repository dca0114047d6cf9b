package fr.essor.procurement.clauses.domain;

import java.time.Instant;

/**
 * A facilitator reported the insertion hours done on a contract for a period.
 *
 * @param version the version of the contract's hours ledger after the report
 */
public record InsertionHoursReported(String eventId, String contractId, long version, HoursReport report,
                                     ClauseTerms terms, Instant occurredAt, String recordedBy) {
}
