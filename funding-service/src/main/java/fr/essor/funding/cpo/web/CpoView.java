package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoTerms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A CPO as the API shows it: terms, schedule with what is left and what is released, reviews, payments. */
record CpoView(String id, String status, String organisationId, String organisationName, String territoryCode,
               String leadDirectorate, String title, int fromYear, int toYear, List<ObjectiveView> objectives,
               List<YearView> years, BigDecimal total, String decisionReference, LocalDate decidedOn,
               LocalDate signedOn, List<InstalmentView> schedule, List<ReviewView> reviews,
               List<PaymentView> payments, BigDecimal totalPaid, BigDecimal remaining, long version) {

    record ObjectiveView(String label, String indicator, String target) {
    }

    record YearView(int year, BigDecimal operating, BigDecimal investment) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoInstalmentView")
    record InstalmentView(int number, int year, String kind, String label, BigDecimal amount, BigDecimal left,
                          boolean released) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoReviewView")
    record ReviewView(int year, LocalDate reviewedOn, boolean favourable, String comment, String recordedBy) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoPaymentView")
    record PaymentView(int number, int instalment, BigDecimal amount, LocalDate paidOn, String recordedBy) {
    }

    static CpoView of(Cpo c) {
        CpoTerms t = c.terms();
        return new CpoView(c.id(), c.status().name(), t.organisationId(), t.organisationName(), t.territoryCode(),
                t.leadDirectorate().name(), t.title(), t.fromYear(), t.toYear(),
                t.objectives().stream().map(o -> new ObjectiveView(o.label(), o.indicator(), o.target())).toList(),
                t.years().stream().map(y -> new YearView(y.year(), y.operating(), y.investment())).toList(),
                t.total(), t.decisionReference(), t.decidedOn(), c.signedOn().orElse(null),
                c.schedule().instalments().stream().map(i -> new InstalmentView(i.number(), i.year(),
                        i.advance() ? "ADVANCE" : "BALANCE", i.label(), i.amount(), c.leftOn(i.number()),
                        c.released(i))).toList(),
                c.reviews().stream().map(r -> new ReviewView(r.year(), r.reviewedOn(), r.favourable(), r.comment(),
                        r.recordedBy())).toList(),
                c.payments().stream().map(p -> new PaymentView(p.number(), p.instalment(), p.amount(), p.paidOn(),
                        p.recordedBy())).toList(),
                c.totalPaid(), c.remaining(), c.version());
    }
}
