package fr.essor.roadmap.indicators.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The roadmap's tolerant reading of funding's {@code scic-stake-acquired.v1}, {@code scic-stake-changed.v1} and
 * {@code scic-stake-sold.v1}: the stake's state after the fact (a sale leaves no capital).
 */
public record ScicStakeFact(String stakeId, long version, String scicName, String organisationId,
                            BigDecimal capitalHeld, LocalDate acquiredOn, LocalDate changedOn, LocalDate soldOn) {

    /** The day the fact took effect. */
    public LocalDate effectiveOn() {
        return soldOn != null ? soldOn : changedOn != null ? changedOn : acquiredOn;
    }
}
