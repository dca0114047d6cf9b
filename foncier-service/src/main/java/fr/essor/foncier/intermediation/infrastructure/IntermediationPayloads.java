package fr.essor.foncier.intermediation.infrastructure;

import java.math.BigDecimal;

/** The payloads of the intermediation facts, exactly as the contracts in {@code contracts/} describe them. */
final class IntermediationPayloads {

    private IntermediationPayloads() {
    }

    record MatchProposedPayload(String eventId, String intermediationId, long version, String needId,
                                String offerId, String organisationId, String organisationName,
                                String communeInsee, String territoryCode, int offerSurface, int score,
                                String occurredAt, String recordedBy) {
    }

    record LeaseSignedPayload(String eventId, String leaseId, long version, String intermediationId, String needId,
                              String organisationId, String organisationName, String offerId, String communeInsee,
                              String territoryCode, int surface, BigDecimal annualRent, String startDate,
                              String endDate, boolean temporaryOccupation, String occurredAt, String recordedBy) {
    }

    record LeaseEndedPayload(String eventId, String leaseId, long version, String intermediationId, String needId,
                             String organisationId, String organisationName, String offerId, String communeInsee,
                             String territoryCode, int surface, String startDate, String endDate, String endedOn,
                             boolean atTerm, String reason, boolean temporaryOccupation, String occurredAt,
                             String recordedBy) {
    }

    /**
     * What the lease follow-up reads back of {@code lease-signed.v1} and of {@code lease-ended.v1} on
     * {@code essor.foncier.leases} (tolerant reader: both name their lease alike).
     */
    record LeaseFact(String leaseId) {
    }
}
