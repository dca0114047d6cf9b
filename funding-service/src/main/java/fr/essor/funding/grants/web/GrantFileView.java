package fr.essor.funding.grants.web;

import fr.essor.funding.grants.domain.GrantFile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A grant file as the API shows it: the agreement's terms, the schedule with what is left per instalment, payments. */
record GrantFileView(String applicationId, int callYear, String organisationId, String organisationName,
                     String projectTitle, BigDecimal amount, String nature, int durationYears,
                     String decisionReference, LocalDate decidedOn, LocalDate signedOn, LocalDate annualReportOn,
                     LocalDate finalReportOn, List<InstalmentView> schedule, List<PaymentView> payments,
                     BigDecimal totalPaid, BigDecimal remaining, boolean settled, long version) {

    record InstalmentView(int number, String trigger, String label, BigDecimal amount, BigDecimal left,
                          boolean released) {
    }

    record PaymentView(int number, int instalment, BigDecimal amount, LocalDate paidOn, String recordedBy) {
    }

    static GrantFileView of(GrantFile f) {
        return new GrantFileView(f.id(), f.callYear(), f.organisationId(), f.organisationName(), f.projectTitle(),
                f.amount(), f.nature().name(), f.durationYears(), f.decisionReference(), f.decidedOn(),
                f.signedOn().orElse(null), f.annualReportOn().orElse(null), f.finalReportOn().orElse(null),
                f.schedule().instalments().stream().map(i -> new InstalmentView(i.number(), i.trigger().name(),
                        i.label(), i.amount(), f.leftOn(i.number()), f.released(i.trigger()))).toList(),
                f.payments().stream().map(p -> new PaymentView(p.number(), p.instalment(), p.amount(), p.paidOn(),
                        p.recordedBy())).toList(),
                f.totalPaid(), f.remaining(), f.settled(), f.version());
    }
}
