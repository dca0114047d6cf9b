package fr.essor.procurement.clauses.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a contract's insertion clause stands: hours planned, done, and expected by now.
 * <p>
 * Expected hours are the planned hours times the elapsed share of the contract's execution, measured at the end of
 * the last complete month (hours are reported once a month or a quarter is over, so the current month never counts).
 * A contract lags its plan when the hours done are below the expected hours minus a tolerance of
 * {@link #TOLERANCE} (10 %) of them: clauses are rarely executed evenly (seasonal work, start-up months), and a
 * facilitator reporting by quarter is up to two months behind a monthly measure.
 *
 * @param elapsedShare between 0 and 1
 */
public record ClauseProgress(int plannedHours, BigDecimal doneHours, BigDecimal expectedHours,
                             BigDecimal elapsedShare, boolean lagging) {

    public static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    public static ClauseProgress of(ClauseTerms terms, BigDecimal done, LocalDate today) {
        LocalDate measuredAt = today.withDayOfMonth(1);
        long total = ChronoUnit.DAYS.between(terms.startOn(), terms.endOn());
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(terms.startOn(), measuredAt), 0, Math.max(total, 0));
        BigDecimal share = total <= 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        BigDecimal expected = BigDecimal.valueOf(terms.plannedHours()).multiply(share)
                .setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal threshold = expected.multiply(BigDecimal.ONE.subtract(TOLERANCE));
        boolean lagging = terms.plannedHours() > 0 && done.compareTo(threshold) < 0;
        return new ClauseProgress(terms.plannedHours(), done, expected, share, lagging);
    }
}
