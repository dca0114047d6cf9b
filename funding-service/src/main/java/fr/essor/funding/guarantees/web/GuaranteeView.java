package fr.essor.funding.guarantees.web;

import fr.essor.funding.guarantees.domain.GuaranteeHistoryEntry;
import fr.essor.funding.guarantees.domain.GuaranteeTerms;
import fr.essor.funding.guarantees.domain.LoanGuarantee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A guarantee as the API shows it, with the Département's current exposure. */
record GuaranteeView(String id, String organisationId, String organisationName, String territoryCode, String lender,
                     BigDecimal loanAmount, BigDecimal guaranteedShare, BigDecimal guaranteedAmount,
                     int durationMonths, LocalDate grantedOn, LocalDate endsOn, String deliberationReference,
                     String purpose, BigDecimal outstandingPrincipal, LocalDate outstandingOn, BigDecimal exposure,
                     List<GuaranteeHistoryEntry> history, long version) {

    static GuaranteeView of(LoanGuarantee g) {
        GuaranteeTerms t = g.terms();
        return new GuaranteeView(g.id(), t.organisationId(), t.organisationName(), t.territoryCode(), t.lender(),
                t.loanAmount(), t.guaranteedShare(), t.guaranteedAmount(), t.durationMonths(), t.grantedOn(),
                g.endsOn(), t.deliberationReference(), t.purpose(), g.outstandingPrincipal(), g.outstandingOn(),
                g.exposure(), g.history(), g.version());
    }
}
