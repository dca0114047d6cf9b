package fr.essor.procurement.spaser.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where an indicator stands against its target in a year.
 *
 * @param value       {@code null} for a share of a year without any contract awarded
 * @param target      {@code null} when no target is set
 * @param achievement the value as a percentage of the target, {@code null} without both or with a zero target
 */
public record IndicatorStanding(SpaserIndicator indicator, BigDecimal value, BigDecimal target,
                                BigDecimal achievement) {

    public static IndicatorStanding of(SpaserIndicator indicator, BigDecimal value, BigDecimal target) {
        BigDecimal achievement = value == null || target == null || target.signum() == 0 ? null
                : value.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP);
        return new IndicatorStanding(indicator, value, target, achievement);
    }

    /** Whether the target is reached (more is better for every SPASER indicator); false without a target. */
    public boolean reached() {
        return target != null && value != null && value.compareTo(target) >= 0;
    }
}
