package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Premises leased to the organisation through the foncier cell (foncier's {@code lease-signed.v1}); {@code endedOn}
 * is set once the lease ended ({@code lease-ended.v1}).
 */
public record Premises(String leaseId, long version, String organisationId, BigDecimal surface, String communeInsee,
                       String territoryCode, LocalDate startDate, LocalDate endDate, boolean temporaryOccupation,
                       LocalDate endedOn) implements Dealing {

    public static final String KEY_PREFIX = "lease:";

    public boolean ended() {
        return endedOn != null;
    }

    /** Where the lease stands on a day: a lease signed for a later start is not current yet. */
    public Occupation occupationOn(LocalDate day) {
        if (ended() && !endedOn.isAfter(day)) {
            return Occupation.ENDED;
        }
        if (startDate != null && startDate.isAfter(day)) {
            return Occupation.UPCOMING;
        }
        if (!ended() && endDate != null && endDate.isBefore(day)) {
            return Occupation.ENDED;
        }
        return Occupation.CURRENT;
    }

    @Override
    public String key() {
        return KEY_PREFIX + leaseId;
    }
}
