package fr.essor.roadmap.indicators.infrastructure;

import java.math.BigDecimal;

/** The payload of {@code indicator-value-recorded.v1}, as fixed by {@code contracts/schemas}. */
record IndicatorValuePayload(String eventId, String indicatorId, long version, String indicatorName, String unit,
                             int year, String valueDate, String territoryCode, BigDecimal value, BigDecimal target,
                             String source, String comment, String occurredAt, String recordedBy) {
}
