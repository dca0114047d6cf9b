package fr.essor.foncier.hub.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A space allocated to an organisation for a period, following its application to a call.
 *
 * @param planned   the period agreed at allocation (the occupancy agreement)
 * @param vacatedOn the last day the occupant actually used the space, once it left
 * @param agreement the occupancy agreement drawn up for it, null until then
 */
public record Allocation(String id, String applicationId, String organisationId, String organisationName,
                         Period planned, Instant allocatedAt, String allocatedBy, LocalDate vacatedOn,
                         Instant vacatedAt, String vacatedBy, OccupancyAgreement agreement) {

    Allocation with(OccupancyAgreement newAgreement) {
        return new Allocation(id, applicationId, organisationId, organisationName, planned, allocatedAt, allocatedBy,
                vacatedOn, vacatedAt, vacatedBy, newAgreement);
    }

    /** The days the space is or was taken: up to the day it was vacated, when it was. */
    public Period effective() {
        return vacatedOn == null ? planned : new Period(planned.start(), vacatedOn);
    }

    public boolean vacated() {
        return vacatedOn != null;
    }
}
