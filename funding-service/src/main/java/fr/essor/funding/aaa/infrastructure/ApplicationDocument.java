package fr.essor.funding.aaa.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How an application is stored (collection {@code aaa_applications}); amounts in cents; its outbox lives in the same
 * document. {@code normalisedTitle} finds probable duplicates, {@code territoryCodes} and {@code directorates} serve
 * the list's filters.
 */
record ApplicationDocument(String id, String callId, int callYear, String organisationId, String organisationName,
                           String title, String normalisedTitle, String summary, String theme,
                           long firstYearOperatingCents, long firstYearInvestmentCents,
                           long secondYearOperatingCents, long secondYearInvestmentCents, int durationYears,
                           List<String> communeInsees, List<String> territoryCodes, boolean qpv,
                           long projectBudgetCents, boolean incubation, String channel, String possibleDuplicateOf,
                           String status, String correctionReturnsTo, List<String> directorates,
                           List<ReviewDocument> reviews, List<ConflictDocument> conflicts,
                           List<OpinionDocument> opinions, DecisionDocument decision, List<HistoryDocument> history,
                           List<AnswerDocument> answers, long version, Instant submittedAt, String submittedBy, Instant updatedAt,
                           String updatedBy, LocalDate receivedOn) {

    record ReviewDocument(String reviewer, Map<String, Integer> scores, String weightedScore,
                          String internalComment, String sharedComment, Instant at) {
    }

    record ConflictDocument(String reviewer, String reason, Instant at) {
    }

    record OpinionDocument(String territoryCode, String opinion, String comment, String givenBy,
                           boolean recordedByAgent, Instant at) {
    }

    record DecisionDocument(boolean granted, Long amountCents, String justification, String reference,
                            String decidedOn) {
    }

    record AnswerDocument(Instant requestedAt, String request, String text, List<AttachmentDocument> attachments,
                          String by, Instant at) {
    }

    record AttachmentDocument(String documentId, String fileName) {
    }

    record HistoryDocument(Instant at, String by, String what, String from, String to, String note) {
    }
}
