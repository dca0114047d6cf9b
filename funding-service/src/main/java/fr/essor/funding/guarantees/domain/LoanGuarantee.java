package fr.essor.funding.guarantees.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guarantee the Département gives on part of a loan an ESS organisation takes: its terms, and the outstanding
 * principal as the lender last reported it, from which the Département's exposure follows (outstanding x share).
 * Granting it is a fact ({@code loan-guarantee-granted.v1}); the outstanding principal is follow-up.
 */
public final class LoanGuarantee {

    private final String id;
    private final GuaranteeTerms terms;
    private final BigDecimal outstandingPrincipal;
    private final LocalDate outstandingOn;
    private final List<GuaranteeHistoryEntry> history;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public LoanGuarantee(String id, GuaranteeTerms terms, BigDecimal outstandingPrincipal, LocalDate outstandingOn,
                         List<GuaranteeHistoryEntry> history, long version, Instant updatedAt, String updatedBy) {
        this.id = id;
        this.terms = terms;
        this.outstandingPrincipal = outstandingPrincipal;
        this.outstandingOn = outstandingOn;
        this.history = List.copyOf(history);
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public sealed interface Outcome permits Granted, Updated, Invalid {
    }

    public record Granted(LoanGuarantee guarantee, LoanGuaranteeGranted event) implements Outcome {
    }

    public record Updated(LoanGuarantee guarantee) implements Outcome {
    }

    public record Invalid(List<Violation> violations) implements Outcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** Grants a guarantee; until the lender reports otherwise, the whole principal is outstanding. */
    public static Outcome grant(String id, GuaranteeTerms terms, String by, Instant at) {
        List<Violation> violations = terms.check();
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        GuaranteeTerms clean = new GuaranteeTerms(terms.organisationId(), terms.organisationName(),
                terms.territoryCode(), terms.lender().strip(), terms.loanAmount(), terms.guaranteedShare(),
                terms.durationMonths(), terms.grantedOn(), terms.deliberationReference().strip(),
                GuaranteeTerms.blank(terms.purpose()) ? null : terms.purpose().strip());
        LoanGuarantee guarantee = new LoanGuarantee(id, clean, clean.loanAmount(), clean.grantedOn(),
                List.of(new GuaranteeHistoryEntry(at, by, "GRANTED", "Garantie de " + clean.guaranteedShare()
                        .toPlainString() + " % d'un prêt de " + clean.loanAmount().toPlainString() + " € — délibération "
                        + clean.deliberationReference())), 1, at, by);
        return new Granted(guarantee, new LoanGuaranteeGranted(UUID.randomUUID().toString(), guarantee, at, by));
    }

    /** Records the principal still due as the lender reports it (amortisation, early repayment). */
    public Outcome recordOutstanding(BigDecimal principal, LocalDate on, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        Optional<Violation> bound = InputBounds.amount("outstandingPrincipal", principal);
        if (principal == null) {
            violations.add(new Violation("outstandingPrincipal", "outstandingPrincipal.required",
                    "Indiquez le capital restant dû en euros (zéro ou plus, deux décimales au plus)."));
        } else if (bound.isPresent()) {
            violations.add(bound.get());
        } else if (principal.compareTo(terms.loanAmount()) > 0) {
            violations.add(new Violation("outstandingPrincipal", "outstandingPrincipal.aboveLoan",
                    "Le capital restant dû ne peut pas dépasser le montant du prêt (" + terms.loanAmount()
                            .toPlainString() + " €)."));
        }
        if (on == null) {
            violations.add(new Violation("outstandingOn", "outstandingOn.required",
                    "Indiquez la date à laquelle ce capital restant dû est arrêté."));
        } else if (on.isBefore(terms.grantedOn())) {
            violations.add(new Violation("outstandingOn", "outstandingOn.beforeGrant",
                    "Cette date précède l'octroi de la garantie."));
        } else {
            InputBounds.date("outstandingOn", on).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        List<GuaranteeHistoryEntry> next = new ArrayList<>(history);
        next.add(new GuaranteeHistoryEntry(at, by, "OUTSTANDING", "Capital restant dû au " + on + " : "
                + principal.toPlainString() + " €"));
        return new Updated(new LoanGuarantee(id, terms, principal, on, next, version + 1, at, by));
    }

    /** What the Département would owe if the borrower defaulted now: the outstanding principal times the share. */
    public BigDecimal exposure() {
        return terms.share(outstandingPrincipal);
    }

    /** A loan fully repaid leaves nothing guaranteed. */
    public boolean isRepaid() {
        return outstandingPrincipal.signum() == 0;
    }

    /** The theoretical end of the loan: the grant date plus its duration. */
    public LocalDate endsOn() {
        return terms.grantedOn().plusMonths(terms.durationMonths());
    }

    /** The Département's total exposure over these guarantees. */
    public static BigDecimal totalExposure(List<LoanGuarantee> guarantees) {
        return guarantees.stream().map(LoanGuarantee::exposure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String id() {
        return id;
    }

    public GuaranteeTerms terms() {
        return terms;
    }

    public BigDecimal outstandingPrincipal() {
        return outstandingPrincipal;
    }

    public LocalDate outstandingOn() {
        return outstandingOn;
    }

    public List<GuaranteeHistoryEntry> history() {
        return history;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
