package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.LeaseEnd;
import fr.essor.roadmap.directory.domain.Premises;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.leases}: premises leased, on the tenant's page. */
public class RecordingLeases extends RecordingDealings {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";
    static final String LEASE_ENDED = "fr.essor.foncier.lease-ended.v1";

    /** The directory's tolerant reading of {@code lease-signed.v1}. */
    public record LeaseSigned(String leaseId, long version, String organisationId, BigDecimal surface,
                              String communeInsee, String territoryCode, LocalDate startDate, LocalDate endDate,
                              Boolean temporaryOccupation) {
    }

    /** The directory's tolerant reading of {@code lease-ended.v1}. */
    public record LeaseEnded(String leaseId, long version, String organisationId, LocalDate endedOn,
                             Boolean atTerm) {
    }

    public RecordingLeases(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(LEASE_SIGNED, LeaseSigned.class, this::signed)
                .on(LEASE_ENDED, LeaseEnded.class, this::ended);
    }

    Consumption signed(IncomingEvent event, LeaseSigned l) {
        return record(new Premises(l.leaseId(), l.version(), l.organisationId(), l.surface(), l.communeInsee(),
                l.territoryCode(), l.startDate(), l.endDate(), Boolean.TRUE.equals(l.temporaryOccupation()), null));
    }

    Consumption ended(IncomingEvent event, LeaseEnded l) {
        return record(new LeaseEnd(l.leaseId(), l.version(), l.organisationId(), l.endedOn(),
                Boolean.TRUE.equals(l.atTerm())));
    }
}
