package fr.essor.funding.scic.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a stake is stored (collection {@code scic_stakes}); amounts as decimal strings so they stay exact, dates as
 * ISO strings. Its outbox lives in the same document.
 */
record ScicStakeDocument(String id, String scicName, String description, String status, String organisationId,
                         String territoryCode, Long shares, String capitalHeld, String scicCapital, String acquiredOn,
                         String deliberationReference, String representative, String college, String soldOn,
                         String saleAmount, List<MeetingDocument> meetings, List<HistoryDocument> history,
                         long version, Instant updatedAt, String updatedBy) {

    record MeetingDocument(String heldOn, String resolutions, String revenue, String result, String equity,
                           String recordedBy, Instant recordedAt) {
    }

    record HistoryDocument(Instant at, String by, String what, String note) {
    }
}
