package fr.essor.funding.scic.infrastructure;

import java.math.BigDecimal;

/** The payloads of {@code scic-stake-acquired.v1}, {@code -changed.v1} and {@code -sold.v1}, as in contracts/. */
final class ScicStakePayloads {

    private ScicStakePayloads() {
    }

    record Acquired(String eventId, String stakeId, long version, String scicName, String organisationId,
                    long sharesHeld, BigDecimal capitalHeld, BigDecimal sharePercent, String acquiredOn,
                    String deliberationReference, String territoryCode, String occurredAt, String recordedBy) {
    }

    record Changed(String eventId, String stakeId, long version, String scicName, String organisationId,
                   long sharesHeld, BigDecimal capitalHeld, BigDecimal sharePercent, String change, String changedOn,
                   String deliberationReference, String territoryCode, String occurredAt, String recordedBy) {
    }

    record Sold(String eventId, String stakeId, long version, String scicName, String organisationId,
                long sharesSold, BigDecimal saleAmount, String soldOn, String deliberationReference,
                String occurredAt, String recordedBy) {
    }
}
