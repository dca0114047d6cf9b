package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an agent asks to record on a manual indicator; {@code year} defaults to the year of {@code valueDate}. */
public record ValueToRecord(Integer year, LocalDate valueDate, String territoryCode, BigDecimal value,
                            BigDecimal target, String source, String comment) {
}
