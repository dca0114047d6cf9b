package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code essor.foncier.leases}: per lease, the state of highest version counts — one organisation housed, in the EPT
 * of the premises, from the year of signature; none from the year it ended.
 */
public class CountingLeases extends ContributingFacts<LeaseFact> {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";
    static final String LEASE_ENDED = "fr.essor.foncier.lease-ended.v1";

    public CountingLeases(Contributions contributions) {
        super(contributions);
    }

    @Override
    protected List<Contribution> contributionsOf(IncomingEvent event, LeaseFact lease) {
        return switch (event.type()) {
            case LEASE_SIGNED -> List.of(new Contribution(ComputedIndicators.ORGANISATIONS_HOUSED, event.id(),
                    event.type(), lease.leaseId(), lease.version(), yearOf(event), lease.territoryCode(),
                    BigDecimal.ONE, lease.organisationId(), lease.organisationName() + " — "
                    + lease.surface().stripTrailingZeros().toPlainString() + " m²", event.time()));
            case LEASE_ENDED -> List.of(new Contribution(ComputedIndicators.ORGANISATIONS_HOUSED, event.id(),
                    event.type(), lease.leaseId(), lease.version(),
                    lease.endedOn() != null ? lease.endedOn().getYear() : yearOf(event), lease.territoryCode(),
                    BigDecimal.ZERO, lease.organisationId(), lease.organisationName() + " — bail " + lease.leaseId()
                    + " terminé", event.time()));
            default -> null;
        };
    }
}
