package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.util.List;

/** {@code essor.funding.applications}: Appel à Agir grants → amount awarded and laureates, per call year and EPT. */
public class CountingGrants extends ContributingFacts {

    static final String GRANT_AWARDED = "fr.essor.funding.grant-awarded.v1";

    public CountingGrants(Contributions contributions) {
        super(contributions);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(GRANT_AWARDED, GrantAwardedFact.class, this::awarded);
    }

    Consumption awarded(IncomingEvent event, GrantAwardedFact grant) {
        if (!"AAA".equals(grant.programme())) {
            return record(List.of());
        }
        String label = grant.organisationName() + " — " + grant.projectTitle() + (grant.qpv() ? " (QPV)" : "");
        return record(List.of(
                new Contribution(ComputedIndicators.AAA_AMOUNT_AWARDED, event.id(), event.type(),
                        grant.applicationId(), grant.version(), grant.callYear(), grant.territoryCode(),
                        grant.amount(), grant.organisationId(), label, event.time()),
                new Contribution(ComputedIndicators.AAA_LAUREATES, event.id(), event.type(), grant.applicationId(),
                        grant.version(), grant.callYear(), grant.territoryCode(), BigDecimal.ONE,
                        grant.organisationId(), label, event.time())));
    }
}
