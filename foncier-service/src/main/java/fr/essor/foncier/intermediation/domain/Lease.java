package fr.essor.foncier.intermediation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The lease (or temporary occupation agreement) signed at the end of an intermediation.
 *
 * @param endDate    last day, {@code null} when open-ended; a renewal moves it
 * @param annualRent yearly rent excluding charges, in euros
 * @param renewals   how many times it was renewed (its version on the wire is 1 at signature, +1 per change)
 * @param ending     how it ended, {@code null} while it runs
 */
public record Lease(String id, LocalDate startDate, LocalDate endDate, int surface, BigDecimal annualRent,
                    boolean temporaryOccupation, int renewals, LeaseEnding ending) {

    public Lease(String id, LocalDate startDate, LocalDate endDate, int surface, BigDecimal annualRent,
                 boolean temporaryOccupation) {
        this(id, startDate, endDate, surface, annualRent, temporaryOccupation, 0, null);
    }

    /** Whether it ends on or before {@code horizon} but not before {@code today}: its renewal must be reviewed. */
    public boolean endsBetween(LocalDate today, LocalDate horizon) {
        return ending == null && endDate != null && !endDate.isBefore(today) && !endDate.isAfter(horizon);
    }

    /** The lease's version on the wire: 1 at signature, one more per renewal and at its end. */
    public long version() {
        return 1L + renewals + (ending == null ? 0 : 1);
    }

    Lease renewedUntil(LocalDate newEndDate) {
        return new Lease(id, startDate, newEndDate, surface, annualRent, temporaryOccupation, renewals + 1, null);
    }

    Lease endedWith(LeaseEnding newEnding) {
        return new Lease(id, startDate, endDate, surface, annualRent, temporaryOccupation, renewals, newEnding);
    }
}
