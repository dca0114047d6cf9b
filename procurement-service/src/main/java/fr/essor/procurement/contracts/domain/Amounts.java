package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.InputBounds;
import java.math.BigDecimal;

/** Amounts in euros excluding VAT: positive, at most 2 decimals, within the shared ceiling ({@link InputBounds}). */
public final class Amounts {

    private Amounts() {
    }

    public static boolean isValid(BigDecimal amount) {
        return amount != null && InputBounds.positiveAmount("amount", amount).isEmpty();
    }

    /** The amount with exactly 2 decimals. */
    public static BigDecimal normalized(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
