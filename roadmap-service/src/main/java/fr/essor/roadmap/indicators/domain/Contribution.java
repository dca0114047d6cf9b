package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one upstream fact brings to one computed indicator. Its id is the indicator and the fact's event id, so a
 * redelivered or replayed fact yields the very same contribution and can never count twice.
 *
 * @param aggregateId      the upstream aggregate (application, stake, contract, lease, space)
 * @param aggregateVersion its version after the fact: the latest one wins for {@link AggregationRule#LATEST_STATE_SUM}
 * @param territoryCode    the EPT, or null when the fact is not tied to one
 * @param distinctKey      what {@link AggregationRule#DISTINCT_COUNT} counts (the organisation)
 * @param label            what a person reads in the list of sources
 */
public record Contribution(String indicatorId, String eventId, String eventType, String aggregateId,
                           long aggregateVersion, int year, String territoryCode, BigDecimal value, String distinctKey,
                           String label, Instant occurredAt) {

    public Contribution {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static String idOf(String indicatorId, String eventId) {
        return indicatorId + ":" + eventId;
    }

    public String id() {
        return idOf(indicatorId, eventId);
    }
}
