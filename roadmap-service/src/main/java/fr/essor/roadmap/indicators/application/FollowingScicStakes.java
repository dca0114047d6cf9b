package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code essor.funding.scic-stakes}: each fact is the stake's new state, versioned; the SCIC indicators keep, per
 * stake, the state of highest version (a sale counts zero), so an older fact replayed late changes nothing.
 */
public class FollowingScicStakes extends ContributingFacts<ScicStakeFact> {

    static final String ACQUIRED = "fr.essor.funding.scic-stake-acquired.v1";
    static final String CHANGED = "fr.essor.funding.scic-stake-changed.v1";
    static final String SOLD = "fr.essor.funding.scic-stake-sold.v1";

    public FollowingScicStakes(Contributions contributions) {
        super(contributions);
    }

    @Override
    protected List<Contribution> contributionsOf(IncomingEvent event, ScicStakeFact stake) {
        boolean held;
        switch (event.type()) {
            case ACQUIRED, CHANGED -> held = true;
            case SOLD -> held = false;
            default -> {
                return null;
            }
        }
        int year = stake.effectiveOn() != null ? stake.effectiveOn().getYear() : yearOf(event);
        String label = stake.scicName() + (held ? "" : " (parts cédées)");
        BigDecimal capital = held ? stake.capitalHeld() : BigDecimal.ZERO;
        // the SCIC's EPT is left out: the SCIC indicators are not broken down by EPT
        return List.of(
                new Contribution(ComputedIndicators.SCIC_PORTFOLIO, event.id(), event.type(), stake.stakeId(),
                        stake.version(), year, null, held ? BigDecimal.ONE : BigDecimal.ZERO,
                        stake.organisationId(), label, event.time()),
                new Contribution(ComputedIndicators.SCIC_CAPITAL_HELD, event.id(), event.type(), stake.stakeId(),
                        stake.version(), year, null, capital, stake.organisationId(), label, event.time()));
    }
}
