package fr.essor.procurement.contracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A modification (avenant) of an awarded contract: a new duration, a new amount, or both.
 *
 * @param number         1, 2, … in the order they were notified
 * @param durationMonths the new total duration, {@code null} when unchanged
 * @param amount         the new total amount, {@code null} when unchanged
 */
public record Modification(int number, LocalDate notifiedOn, LocalDate publishedOn, Integer durationMonths,
                           BigDecimal amount, String reason, Instant recordedAt, String recordedBy) {
}
