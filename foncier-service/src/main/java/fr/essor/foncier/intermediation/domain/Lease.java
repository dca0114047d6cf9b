package fr.essor.foncier.intermediation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The lease (or temporary occupation agreement) signed at the end of an intermediation.
 *
 * @param endDate    last day, {@code null} when open-ended
 * @param annualRent yearly rent excluding charges, in euros
 */
public record Lease(String id, LocalDate startDate, LocalDate endDate, int surface, BigDecimal annualRent,
                    boolean temporaryOccupation) {

    /** Whether it ends on or before {@code horizon} but not before {@code today}: its renewal must be reviewed. */
    public boolean endsBetween(LocalDate today, LocalDate horizon) {
        return endDate != null && !endDate.isBefore(today) && !endDate.isAfter(horizon);
    }
}
