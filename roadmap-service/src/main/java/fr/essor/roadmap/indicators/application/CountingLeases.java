package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code essor.foncier.leases}: per lease, the state of highest version counts — one organisation housed, in the EPT
 * of the premises, from the year of signature; none from the year it ended.
 */
public class CountingLeases extends ContributingFacts {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";
    static final String LEASE_ENDED = "fr.essor.foncier.lease-ended.v1";

    /** The roadmap's tolerant reading of foncier's {@code lease-signed.v1}. */
    public record LeaseSigned(String leaseId, long version, String organisationId, String organisationName,
                              String territoryCode, BigDecimal surface) {
    }

    /** The roadmap's tolerant reading of foncier's {@code lease-ended.v1}. */
    public record LeaseEnded(String leaseId, long version, String organisationId, String territoryCode,
                             LocalDate endedOn, String organisationName) {
    }

    public CountingLeases(Contributions contributions) {
        super(contributions);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(LEASE_SIGNED, LeaseSigned.class, this::signed)
                .on(LEASE_ENDED, LeaseEnded.class, this::ended);
    }

    Consumption signed(IncomingEvent event, LeaseSigned lease) {
        return record(List.of(new Contribution(ComputedIndicators.ORGANISATIONS_HOUSED, event.id(), event.type(),
                lease.leaseId(), lease.version(), yearOf(event), lease.territoryCode(), BigDecimal.ONE,
                lease.organisationId(), lease.organisationName() + " — "
                + lease.surface().stripTrailingZeros().toPlainString() + " m²", event.time())));
    }

    Consumption ended(IncomingEvent event, LeaseEnded lease) {
        return record(List.of(new Contribution(ComputedIndicators.ORGANISATIONS_HOUSED, event.id(), event.type(),
                lease.leaseId(), lease.version(), lease.endedOn() != null ? lease.endedOn().getYear() : yearOf(event),
                lease.territoryCode(), BigDecimal.ZERO, lease.organisationId(), lease.organisationName()
                + " — bail " + lease.leaseId() + " terminé", event.time())));
    }
}
