package fr.essor.procurement.contracts.domain;

import java.math.BigDecimal;

/** Amounts in euros excluding VAT: positive, at most 2 decimals, below 10 billion. */
public final class Amounts {

    private static final BigDecimal LIMIT = new BigDecimal("10000000000");

    private Amounts() {
    }

    public static boolean isValid(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(LIMIT) < 0;
    }

    /** The amount with exactly 2 decimals. */
    public static BigDecimal normalized(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
