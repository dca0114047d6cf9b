package fr.essor.procurement.clauses.application;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.clauses.domain.ClauseTerms;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.clauses.domain.HoursReportForm;
import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.clauses.domain.ReportingClosure;
import fr.essor.procurement.clauses.domain.ReportingRules;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of the insertion clause follow-up: a facilitator reports the hours of a period on a contract; the
 * DIEESS closes the reporting up to a date. Each loads, calls one domain method and saves once.
 */
public class ReportingInsertionHours {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Contracts contracts;
    private final InsertionLedgers ledgers;
    private final ReportingClosures closures;
    private final Clock clock;
    private final int windowMonths;

    public ReportingInsertionHours(Contracts contracts, InsertionLedgers ledgers, ReportingClosures closures,
                                   Clock clock, int windowMonths) {
        this.contracts = contracts;
        this.ledgers = ledgers;
        this.closures = closures;
        this.clock = clock;
        this.windowMonths = windowMonths;
    }

    public sealed interface Outcome permits Reported, Rejected, Unknown, Conflict {
    }

    public record Reported(InsertionLedger ledger, HoursReport report) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String contractId) implements Outcome {
    }

    /** The contract cannot receive hours: not awarded yet, or without an insertion clause. */
    public record Conflict(String message) implements Outcome {
    }

    public Outcome report(String contractId, HoursReportForm form, String agent) {
        Optional<Contract> found = contracts.find(contractId);
        if (found.isEmpty()) {
            return new Unknown(contractId);
        }
        Contract contract = found.get();
        if (contract.status() != ContractStatus.AWARDED) {
            return new Conflict("Le marché " + contractId + " n'est pas encore attribué : les heures d'insertion se "
                    + "déclarent une fois le marché notifié.");
        }
        if (!contract.terms().hasInsertionClause() || contract.terms().insertionHoursPlanned() <= 0) {
            return new Conflict("Le marché " + contractId + " n'a pas de clause sociale d'insertion : aucune heure "
                    + "n'y est à déclarer.");
        }
        return switch (form.check()) {
            case HoursReportForm.Invalid invalid -> new Rejected(invalid.violations());
            case HoursReportForm.Valid valid -> {
                InsertionLedger ledger = ledgers.find(contractId).orElseGet(() -> InsertionLedger.empty(contractId));
                yield switch (ledger.report(termsOf(contract), valid, rules(), today(), agent, clock.instant())) {
                    case InsertionLedger.ReportRefused refused -> new Rejected(refused.violations());
                    case InsertionLedger.Reported reported -> {
                        ledgers.save(reported.ledger(), ledger.version(), reported.fact());
                        yield new Reported(reported.ledger(), reported.fact().report());
                    }
                };
            }
        };
    }

    public sealed interface CloseOutcome permits ClosedThrough, CloseRejected {
    }

    public record ClosedThrough(ReportingClosure closure) implements CloseOutcome {
    }

    public record CloseRejected(List<Violation> violations) implements CloseOutcome {
    }

    public CloseOutcome close(LocalDate through, String agent) {
        ReportingClosure closure = closures.current();
        return switch (closure.close(through, today(), agent, clock.instant())) {
            case ReportingClosure.CloseRefused refused -> new CloseRejected(refused.violations());
            case ReportingClosure.Closed closed -> {
                closures.save(closed.closure(), closure.version());
                yield new ClosedThrough(closed.closure());
            }
        };
    }

    public ReportingRules rules() {
        return closures.current().rules(windowMonths);
    }

    public ReportingClosure closure() {
        return closures.current();
    }

    /** How many months after its end a period may still be reported. */
    public int windowMonths() {
        return windowMonths;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** The clause terms of an awarded contract, with its current duration. */
    static ClauseTerms termsOf(Contract contract) {
        return new ClauseTerms(contract.id(), contract.terms().object(), contract.terms().buyerDirectorate(),
                contract.terms().territoryCode(), contract.terms().insertionHoursPlanned(),
                contract.terms().startOn(), contract.terms().startOn().plusMonths(contract.currentDurationMonths()),
                contract.award().notifiedOn());
    }
}
