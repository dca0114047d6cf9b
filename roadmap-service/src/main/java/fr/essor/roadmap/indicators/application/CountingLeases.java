package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.util.List;

/** {@code essor.foncier.leases}: a signed lease → one more organisation housed, in the year and EPT of signature. */
public class CountingLeases extends ContributingFacts<LeaseFact> {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";

    public CountingLeases(Contributions contributions) {
        super(contributions);
    }

    @Override
    protected List<Contribution> contributionsOf(IncomingEvent event, LeaseFact lease) {
        if (!LEASE_SIGNED.equals(event.type())) {
            return null;
        }
        return List.of(new Contribution(ComputedIndicators.ORGANISATIONS_HOUSED, event.id(), event.type(),
                lease.leaseId(), lease.version(), yearOf(event), lease.territoryCode(), BigDecimal.ONE,
                lease.organisationId(), lease.organisationName() + " — " + lease.surface().stripTrailingZeros()
                .toPlainString() + " m²", event.time()));
    }
}
