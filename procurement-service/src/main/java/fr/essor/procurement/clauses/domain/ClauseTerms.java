package fr.essor.procurement.clauses.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the hours ledger needs to know of an awarded contract with an insertion clause, read from the contract at each
 * use so that a modification of its duration is taken into account.
 *
 * @param endOn         the first day after the contract's execution (start plus its current duration)
 * @param territoryCode the EPT of execution, {@code null} for the whole département
 */
public record ClauseTerms(String contractId, String object, String buyerDirectorate, String territoryCode,
                          int plannedHours, LocalDate startOn, LocalDate endOn, LocalDate awardedOn) {

    public ClauseTerms {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(awardedOn, "awardedOn");
    }

    /** Whether some of the period falls within the contract's execution. */
    public boolean covers(ReportingPeriod period) {
        return !period.end().isBefore(startOn) && period.start().isBefore(endOn);
    }
}
