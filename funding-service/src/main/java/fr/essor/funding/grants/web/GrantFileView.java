package fr.essor.funding.grants.web;

import fr.essor.funding.grants.domain.GrantFile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant file as the API shows it (to the Département's agents and systems, never to an EPT account): the
 * agreement's terms, the organisation's acknowledgement of it (who, when), the schedule with what is left per
 * instalment, the payments, and the reports the organisation sent online with their figures and review.
 */
record GrantFileView(String applicationId, int callYear, String organisationId, String organisationName,
                     String projectTitle, BigDecimal amount, String nature, int durationYears,
                     String decisionReference, LocalDate decidedOn, LocalDate signedOn, LocalDate annualReportOn,
                     LocalDate finalReportOn, AcknowledgementView acknowledgement, List<InstalmentView> schedule,
                     List<PaymentView> payments, List<ReportView> reports, BigDecimal totalPaid,
                     BigDecimal remaining, boolean settled, long version) {

    /** The applicant's account that confirmed having read the agreement, and when. */
    record AcknowledgementView(String by, Instant at) {
    }

    /**
     * A report sent online: {@code status} RECEIVED (waiting for an agent), ACCEPTED (it released its instalment;
     * {@code reviewedBy} null for a report received before reviews existed) or REFUSED (with its reason).
     */
    record ReportView(int number, String report, String status, Instant submittedAt, String submittedBy,
                      String documentId, String fileName, FiguresView figures, Instant reviewedAt,
                      String reviewedBy, String refusalReason) {
    }

    /** In euros: total expenses = grantUsed + otherFunding; null on a report sent before figures were asked. */
    record FiguresView(BigDecimal totalExpenses, BigDecimal grantUsed, BigDecimal otherFunding,
                       BigDecimal notUsed) {
    }

    record InstalmentView(int number, String trigger, String label, BigDecimal amount, BigDecimal left,
                          boolean released) {
    }

    record PaymentView(int number, int instalment, BigDecimal amount, LocalDate paidOn, String recordedBy) {
    }

    static GrantFileView of(GrantFile f) {
        return new GrantFileView(f.id(), f.callYear(), f.organisationId(), f.organisationName(), f.projectTitle(),
                f.amount(), f.nature().name(), f.durationYears(), f.decisionReference(), f.decidedOn(),
                f.signedOn().orElse(null), f.annualReportOn().orElse(null), f.finalReportOn().orElse(null),
                f.acknowledgement().map(a -> new AcknowledgementView(a.by(), a.at())).orElse(null),
                f.schedule().instalments().stream().map(i -> new InstalmentView(i.number(), i.trigger().name(),
                        i.label(), i.amount(), f.leftOn(i.number()), f.released(i.trigger()))).toList(),
                f.payments().stream().map(p -> new PaymentView(p.number(), p.instalment(), p.amount(), p.paidOn(),
                        p.recordedBy())).toList(),
                f.submittedReports().stream().map(r -> new ReportView(r.number(), r.report().name(),
                        r.status().name(), r.at(), r.by(), r.documentId(), r.fileName(), r.figures() == null ? null
                        : new FiguresView(r.figures().totalExpenses(), r.figures().grantUsed(),
                        r.figures().otherFunding(), r.figures().notUsed()), r.reviewedAt(), r.reviewedBy(),
                        r.refusalReason())).toList(),
                f.totalPaid(), f.remaining(), f.settled(), f.version());
    }
}
