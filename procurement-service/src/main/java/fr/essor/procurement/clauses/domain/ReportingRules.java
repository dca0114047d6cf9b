package fr.essor.procurement.clauses.domain;

import fr.essor.kit.domain.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When a period can no longer be reported: it is closed once the DIEESS closed the reporting up to a date on or after
 * its end, or once more than {@code windowMonths} months have passed since its end (hours are reported in the months
 * that follow the period, then the figures are consolidated). A period that has not ended cannot be reported yet.
 *
 * @param closedThrough the last day the DIEESS closed, {@code null} when it never closed any period
 */
public record ReportingRules(LocalDate closedThrough, int windowMonths) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ReportingRules {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("The reporting window is at least one month: " + windowMonths);
        }
    }

    public boolean isClosed(ReportingPeriod period, LocalDate today) {
        return closedByDieess(period) || period.end().plusMonths(windowMonths).isBefore(today);
    }

    /** Why this period cannot be reported today, if it cannot. */
    public Optional<Violation> refusal(ReportingPeriod period, LocalDate today) {
        if (!period.end().isBefore(today)) {
            return Optional.of(new Violation("period", "period.notEnded", "La période " + period.label()
                    + " n'est pas terminée : ses heures se déclarent à partir du " + FRENCH.format(period.end()
                    .plusDays(1)) + "."));
        }
        if (closedByDieess(period)) {
            return Optional.of(new Violation("period", "period.closed", "La période " + period.label()
                    + " est close : la DIEESS a clos les déclarations jusqu'au " + FRENCH.format(closedThrough)
                    + "."));
        }
        if (period.end().plusMonths(windowMonths).isBefore(today)) {
            return Optional.of(new Violation("period", "period.closed", "La période " + period.label()
                    + " est close : les heures se déclarent dans les " + windowMonths
                    + " mois qui suivent la fin de la période."));
        }
        return Optional.empty();
    }

    private boolean closedByDieess(ReportingPeriod period) {
        return closedThrough != null && !period.end().isAfter(closedThrough);
    }
}
