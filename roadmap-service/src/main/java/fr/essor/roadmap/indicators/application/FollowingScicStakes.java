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
 * {@code essor.funding.scic-stakes}: each fact is the stake's new state, versioned; the SCIC indicators keep, per
 * stake, the state of highest version (a sale counts zero), so an older fact replayed late changes nothing.
 */
public class FollowingScicStakes extends ContributingFacts {

    static final String ACQUIRED = "fr.essor.funding.scic-stake-acquired.v1";
    static final String CHANGED = "fr.essor.funding.scic-stake-changed.v1";
    static final String SOLD = "fr.essor.funding.scic-stake-sold.v1";

    /** The roadmap's tolerant reading of funding's {@code scic-stake-acquired.v1}. */
    public record StakeAcquired(String stakeId, long version, String scicName, String organisationId,
                                BigDecimal capitalHeld, LocalDate acquiredOn) {
    }

    /** The roadmap's tolerant reading of funding's {@code scic-stake-changed.v1}. */
    public record StakeChanged(String stakeId, long version, String scicName, String organisationId,
                               BigDecimal capitalHeld, LocalDate changedOn) {
    }

    /** The roadmap's tolerant reading of funding's {@code scic-stake-sold.v1}: a sale leaves no capital. */
    public record StakeSold(String stakeId, long version, String scicName, String organisationId,
                            LocalDate soldOn) {
    }

    public FollowingScicStakes(Contributions contributions) {
        super(contributions);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(ACQUIRED, StakeAcquired.class, this::acquired)
                .on(CHANGED, StakeChanged.class, this::changed)
                .on(SOLD, StakeSold.class, this::sold);
    }

    Consumption acquired(IncomingEvent event, StakeAcquired stake) {
        return record(state(event, stake.stakeId(), stake.version(), stake.organisationId(), BigDecimal.ONE,
                stake.capitalHeld(), stake.acquiredOn(), stake.scicName()));
    }

    Consumption changed(IncomingEvent event, StakeChanged stake) {
        return record(state(event, stake.stakeId(), stake.version(), stake.organisationId(), BigDecimal.ONE,
                stake.capitalHeld(), stake.changedOn(), stake.scicName()));
    }

    Consumption sold(IncomingEvent event, StakeSold stake) {
        return record(state(event, stake.stakeId(), stake.version(), stake.organisationId(), BigDecimal.ZERO,
                BigDecimal.ZERO, stake.soldOn(), stake.scicName() + " (parts cédées)"));
    }

    /** The stake's state from the day it took effect; the SCIC's EPT is left out (no breakdown by EPT). */
    private static List<Contribution> state(IncomingEvent event, String stakeId, long version,
                                            String organisationId, BigDecimal portfolio, BigDecimal capital,
                                            LocalDate effectiveOn, String label) {
        int year = effectiveOn != null ? effectiveOn.getYear() : yearOf(event);
        return List.of(
                new Contribution(ComputedIndicators.SCIC_PORTFOLIO, event.id(), event.type(), stakeId, version, year,
                        null, portfolio, organisationId, label, event.time()),
                new Contribution(ComputedIndicators.SCIC_CAPITAL_HELD, event.id(), event.type(), stakeId, version,
                        year, null, capital, organisationId, label, event.time()));
    }
}
