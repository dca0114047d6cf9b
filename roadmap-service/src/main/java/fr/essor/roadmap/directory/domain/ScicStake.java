package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The département's stake in a SCIC: acquired, changed, then possibly sold. Once sold, it keeps the last capital held
 * and says when and for how much it was sold ({@code soldOn} and {@code saleAmount} are null while held).
 */
public record ScicStake(String stakeId, long version, String organisationId, String scicName, Long sharesHeld,
                        BigDecimal capitalHeld, BigDecimal sharePercent, LocalDate since, LocalDate soldOn,
                        BigDecimal saleAmount) implements Dealing {

    public static final String KEY_PREFIX = "scic-stake:";

    public boolean sold() {
        return soldOn != null;
    }

    @Override
    public String key() {
        return KEY_PREFIX + stakeId;
    }
}
