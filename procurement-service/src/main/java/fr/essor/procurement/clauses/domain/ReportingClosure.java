package fr.essor.procurement.clauses.domain;

import fr.essor.kit.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How far the DIEESS closed the reporting of insertion hours, for every contract: the periods that end on or before
 * {@code closedThrough} are consolidated and can no longer be reported.
 *
 * @param closedThrough {@code null} while nothing was ever closed
 */
public record ReportingClosure(LocalDate closedThrough, long version, Instant closedAt, String closedBy) {

    public static ReportingClosure none() {
        return new ReportingClosure(null, 0, null, null);
    }

    public sealed interface CloseOutcome permits Closed, CloseRefused {
    }

    public record Closed(ReportingClosure closure) implements CloseOutcome {
    }

    public record CloseRefused(List<Violation> violations) implements CloseOutcome {
    }

    /** Closes the reporting up to a day that has passed; a closure never moves back (consolidated figures stay). */
    public CloseOutcome close(LocalDate through, LocalDate today, String by, Instant at) {
        if (through == null) {
            return new CloseRefused(List.of(new Violation("closedThrough", "closedThrough.required",
                    "Indiquez le dernier jour clos (jj/mm/aaaa).")));
        }
        if (!through.isBefore(today)) {
            return new CloseRefused(List.of(new Violation("closedThrough", "closedThrough.future",
                    "On ne clôt que des périodes passées : choisissez un jour avant aujourd'hui.")));
        }
        if (closedThrough != null && through.isBefore(closedThrough)) {
            return new CloseRefused(List.of(new Violation("closedThrough", "closedThrough.backwards",
                    "Les déclarations sont déjà closes jusqu'au " + String.format("%02d/%02d/%d",
                            closedThrough.getDayOfMonth(), closedThrough.getMonthValue(), closedThrough.getYear())
                            + " : une clôture ne se réouvre pas.")));
        }
        return new Closed(new ReportingClosure(through, version + 1, at, by));
    }

    public ReportingRules rules(int windowMonths) {
        return new ReportingRules(closedThrough, windowMonths);
    }
}
