package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Département holds of a SCIC at a date: its shares, the capital they represent, and the SCIC's whole
 * capital at that date, from which the percentage held follows.
 */
public record Holding(long shares, BigDecimal capitalHeld, BigDecimal scicCapital) {

    /** Collectivités territoriales may hold together at most half of a SCIC's capital (loi n° 47-1775, art. 19 septies). */
    public static final BigDecimal CEILING_PERCENT = BigDecimal.valueOf(50);
    /** More shares than any SCIC issues: a typing error. */
    static final long MAX_SHARES = 1_000_000_000L;

    /** The percentage of the SCIC's capital held, to two decimals. */
    public BigDecimal percent() {
        return capitalHeld.multiply(BigDecimal.valueOf(100)).divide(scicCapital, 2, RoundingMode.HALF_UP);
    }

    /** The same figures, whatever the amounts' scale (20000 and 20000.00 are one amount). */
    public boolean sameAs(Holding other) {
        return other != null && shares == other.shares && capitalHeld.compareTo(other.capitalHeld) == 0
                && scicCapital.compareTo(other.scicCapital) == 0;
    }

    /** Every reason these figures cannot stand, the 50 % ceiling among them; empty when they are acceptable. */
    public static List<Violation> check(Long shares, BigDecimal capitalHeld, BigDecimal scicCapital) {
        List<Violation> violations = new ArrayList<>();
        if (shares == null) {
            violations.add(new Violation("shares", "shares.required",
                    "Indiquez le nombre de parts détenues (au moins une)."));
        }
        InputBounds.whole("shares", shares, 1, MAX_SHARES).ifPresent(violations::add);
        boolean heldOk = isAmount("capitalHeld", capitalHeld, violations,
                "Indiquez le capital détenu, en euros (positif, deux décimales au plus).");
        boolean totalOk = isAmount("scicCapital", scicCapital, violations,
                "Indiquez le capital social de la SCIC à cette date, en euros (positif, deux décimales au plus).");
        if (heldOk && totalOk) {
            if (capitalHeld.compareTo(scicCapital) > 0) {
                violations.add(new Violation("capitalHeld", "capitalHeld.aboveScicCapital",
                        "Le capital détenu ne peut pas dépasser le capital social de la SCIC."));
            } else {
                BigDecimal percent = new Holding(1, capitalHeld, scicCapital).percent();
                if (percent.compareTo(CEILING_PERCENT) > 0) {
                    violations.add(new Violation("capitalHeld", "capitalHeld.aboveHalf",
                            "Une collectivité ne peut pas détenir plus de 50 % du capital d'une SCIC : ces montants "
                                    + "en feraient " + percent.toPlainString().replace('.', ',') + " %."));
                }
            }
        }
        return violations;
    }

    /** A positive amount in euros (kit bounds), or the violation that says why not; {@code true} when it is one. */
    private static boolean isAmount(String field, BigDecimal amount, List<Violation> violations,
                                    String required) {
        if (amount == null) {
            violations.add(new Violation(field, field + ".required", required));
            return false;
        }
        java.util.Optional<Violation> outOfBounds = InputBounds.positiveAmount(field, amount);
        outOfBounds.ifPresent(violations::add);
        return outOfBounds.isEmpty();
    }
}
