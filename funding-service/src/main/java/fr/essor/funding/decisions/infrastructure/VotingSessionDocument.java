package fr.essor.funding.decisions.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a voting session is stored (collection {@code voting_sessions}), amounts in cents; its outbox lives in the same
 * document. {@code applicationIds} finds the open session holding an application.
 */
record VotingSessionDocument(String id, int callYear, String sittingOn, String deliberationReference,
                             List<ItemDocument> agenda, List<String> applicationIds, boolean closed, long version,
                             Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    record ItemDocument(String applicationId, String organisationId, String organisationName, String projectTitle,
                        String theme, long amountRequestedCents, String nature, int durationYears,
                        String territoryCode, List<String> territoryCodes, List<String> communesInsee, boolean qpv,
                        VoteDocument vote) {
    }

    record VoteDocument(boolean granted, Long amountCents, String justification, String recordedBy,
                        Instant recordedAt) {
    }
}
