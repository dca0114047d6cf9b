package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.ScicStake;
import fr.essor.roadmap.directory.domain.ScicStakeSale;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.funding.scic-stakes}: the département's stake, on the SCIC's page, at its latest version. */
public class RecordingScicStakes extends RecordingDealings {

    static final String ACQUIRED = "fr.essor.funding.scic-stake-acquired.v1";
    static final String CHANGED = "fr.essor.funding.scic-stake-changed.v1";
    static final String SOLD = "fr.essor.funding.scic-stake-sold.v1";

    /**
     * The directory's tolerant reading of {@code scic-stake-acquired.v1} and {@code scic-stake-changed.v1}, which
     * carry the stake's state (a change does not repeat the acquisition day).
     */
    public record StakeHeld(String stakeId, long version, String organisationId, String scicName, Long sharesHeld,
                            BigDecimal capitalHeld, BigDecimal sharePercent, LocalDate acquiredOn) {
    }

    /** The directory's tolerant reading of {@code scic-stake-sold.v1}. */
    public record StakeSold(String stakeId, long version, String organisationId, String scicName, LocalDate soldOn,
                            BigDecimal saleAmount) {
    }

    public RecordingScicStakes(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(ACQUIRED, StakeHeld.class, this::held)
                .on(CHANGED, StakeHeld.class, this::held)
                .on(SOLD, StakeSold.class, this::sold);
    }

    Consumption held(IncomingEvent event, StakeHeld s) {
        return record(new ScicStake(s.stakeId(), s.version(), s.organisationId(), s.scicName(), s.sharesHeld(),
                s.capitalHeld(), s.sharePercent(), s.acquiredOn(), null, null));
    }

    Consumption sold(IncomingEvent event, StakeSold s) {
        return record(new ScicStakeSale(s.stakeId(), s.version(), s.organisationId(), s.scicName(), s.soldOn(),
                s.saleAmount()));
    }
}
