package fr.essor.foncier.intermediation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a lease ended: its last day, whether that was its term or earlier, why, and who recorded it when.
 *
 * @param atTerm whether it ended on its end date rather than early
 */
public record LeaseEnding(LocalDate endedOn, boolean atTerm, LeaseEndReason reason, String note, Instant at,
                          String by) {
}
