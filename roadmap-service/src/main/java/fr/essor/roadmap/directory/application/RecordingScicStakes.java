package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.ScicStake;
import fr.essor.roadmap.directory.domain.ScicStakeSale;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.funding.scic-stakes}: the département's stake, on the SCIC's page, at its latest version. */
public class RecordingScicStakes extends RecordingDealings<RecordingScicStakes.StakeFact> {

    static final String ACQUIRED = "fr.essor.funding.scic-stake-acquired.v1";
    static final String CHANGED = "fr.essor.funding.scic-stake-changed.v1";
    static final String SOLD = "fr.essor.funding.scic-stake-sold.v1";

    /** The directory's tolerant reading of {@code scic-stake-acquired/changed/sold.v1}. */
    public record StakeFact(String stakeId, long version, String organisationId, String scicName, Long sharesHeld,
                            BigDecimal capitalHeld, BigDecimal sharePercent, LocalDate acquiredOn,
                            LocalDate changedOn, LocalDate soldOn, BigDecimal saleAmount) {
    }

    public RecordingScicStakes(Dealings dealings) {
        super(dealings);
    }

    @Override
    protected Dealing dealingOf(String type, StakeFact s) {
        return switch (type) {
            case ACQUIRED, CHANGED -> new ScicStake(s.stakeId(), s.version(), s.organisationId(), s.scicName(),
                    s.sharesHeld(), s.capitalHeld(), s.sharePercent(), s.acquiredOn(), null, null);
            case SOLD -> new ScicStakeSale(s.stakeId(), s.version(), s.organisationId(), s.scicName(), s.soldOn(),
                    s.saleAmount());
            default -> null;
        };
    }
}
