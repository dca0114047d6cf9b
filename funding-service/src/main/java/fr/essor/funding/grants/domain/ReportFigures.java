package fr.essor.funding.grants.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a compte-rendu financier, in euros: what the action cost in all, the part of the Département's grant
 * used for it, the other funding (own funds, other grants, sales) and the part of the grant not used. The expenses
 * are the grant used plus the other funding; the grant used plus the part not used is the grant the report accounts
 * for (the whole grant for a final report, at most the whole grant for an annual one).
 */
public record ReportFigures(BigDecimal totalExpenses, BigDecimal grantUsed, BigDecimal otherFunding,
                           BigDecimal notUsed) {

    /** What is wrong with these figures for a report of this kind on a grant of this amount; empty when right. */
    public static List<Violation> check(ReportFigures figures, Trigger report, BigDecimal grant) {
        List<Violation> violations = new ArrayList<>();
        if (figures == null) {
            figures = new ReportFigures(null, null, null, null);
        }
        amount(figures.totalExpenses, "totalExpenses", "le total des dépenses de l'action", violations);
        amount(figures.grantUsed, "grantUsed", "la part de la subvention du Département utilisée", violations);
        amount(figures.otherFunding, "otherFunding", "les autres financements", violations);
        amount(figures.notUsed, "notUsed", "la part de la subvention non utilisée", violations);
        if (!violations.isEmpty()) {
            return violations;
        }
        BigDecimal funded = figures.grantUsed.add(figures.otherFunding);
        if (figures.totalExpenses.compareTo(funded) != 0) {
            violations.add(new Violation("totalExpenses", "totalExpenses.sum", "Le total des dépenses ("
                    + euros(figures.totalExpenses) + ") doit être égal à la subvention utilisée plus les autres "
                    + "financements (" + euros(funded) + ")."));
        }
        BigDecimal accounted = figures.grantUsed.add(figures.notUsed);
        if (report == Trigger.FINAL_REPORT && accounted.compareTo(grant) != 0) {
            violations.add(new Violation("notUsed", "notUsed.sum", "La subvention utilisée et la part non "
                    + "utilisée font ensemble la subvention accordée (" + euros(grant) + ") : vous indiquez "
                    + euros(accounted) + "."));
        } else if (accounted.compareTo(grant) > 0) {
            violations.add(new Violation("notUsed", "notUsed.sum", "La subvention utilisée et la part non "
                    + "utilisée ne dépassent pas la subvention accordée (" + euros(grant) + ") : vous indiquez "
                    + euros(accounted) + "."));
        }
        return violations;
    }

    /** The same figures with two decimals. */
    public ReportFigures rounded() {
        return new ReportFigures(totalExpenses.setScale(2), grantUsed.setScale(2), otherFunding.setScale(2),
                notUsed.setScale(2));
    }

    private static void amount(BigDecimal value, String field, String what, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, field + ".required", "Indiquez " + what + ", en euros."));
        } else if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, field + ".invalid", "Indiquez " + what
                    + " : un montant positif ou nul, en euros, deux décimales au plus."));
        }
    }

    private static String euros(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',') + " €";
    }
}
