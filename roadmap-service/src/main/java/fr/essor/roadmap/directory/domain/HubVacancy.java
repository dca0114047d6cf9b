package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The end of a hub allocation ({@code hub-space-vacated.v1}). */
public record HubVacancy(String allocationId, long version, String organisationId, String spaceId,
                         BigDecimal surface, LocalDate vacatedOn) implements Dealing {

    @Override
    public String key() {
        return HubOccupancy.KEY_PREFIX + allocationId;
    }
}
