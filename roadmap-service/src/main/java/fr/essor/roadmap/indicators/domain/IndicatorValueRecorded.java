package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A value was recorded on a manual indicator: the fact published as {@code indicator-value-recorded.v1}. */
public record IndicatorValueRecorded(String eventId, String indicatorId, long version, String indicatorName,
                                     String unit, int year, LocalDate valueDate, String territoryCode,
                                     BigDecimal value, BigDecimal target, String source, String comment,
                                     Instant occurredAt, String recordedBy) {
}
