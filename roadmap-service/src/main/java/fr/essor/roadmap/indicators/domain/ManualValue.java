package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A dated value of a manual indicator, with the target it is measured against, its source, and who recorded it. */
public record ManualValue(String valueId, int year, LocalDate valueDate, String territoryCode, BigDecimal value,
                          BigDecimal target, String source, String comment, Instant recordedAt, String recordedBy) {
}
