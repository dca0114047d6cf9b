package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A space of the innovation hub allocated to the organisation (foncier's {@code hub-space-allocated.v1}), followed
 * per allocation; {@code vacatedOn} is set once the space is vacated.
 */
public record HubOccupancy(String allocationId, long version, String organisationId, String spaceId,
                           String spaceName, BigDecimal surface, LocalDate since, LocalDate until,
                           LocalDate vacatedOn) implements Dealing {

    public static final String KEY_PREFIX = "hub-allocation:";

    public boolean vacated() {
        return vacatedOn != null;
    }

    /** Where the occupation stands on a day: an allocation whose occupation starts later is not occupied yet. */
    public Occupation occupationOn(LocalDate day) {
        if (vacated() && !vacatedOn.isAfter(day)) {
            return Occupation.ENDED;
        }
        if (since != null && since.isAfter(day)) {
            return Occupation.UPCOMING;
        }
        if (!vacated() && until != null && until.isBefore(day)) {
            return Occupation.ENDED;
        }
        return Occupation.CURRENT;
    }

    @Override
    public String key() {
        return KEY_PREFIX + allocationId;
    }
}
