package fr.essor.procurement.clauses.web;

import fr.essor.procurement.clauses.application.ClauseOfContract;
import fr.essor.procurement.clauses.domain.ClauseProgress;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.clauses.domain.InsertionPublic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A contract's insertion clause as the API shows it: planned, done, expected by now, lag flag, reports. */
record ClauseView(String contractId, String object, String buyerDirectorate, String territoryCode,
                  LocalDate startOn, LocalDate endOn, int plannedHours, BigDecimal doneHours,
                  BigDecimal expectedHours, BigDecimal elapsedShare, boolean lagging, BigDecimal lagTolerance,
                  List<ReportView> reports, long version) {

    record ReportView(String reportId, String period, String periodKind, LocalDate periodStart, LocalDate periodEnd,
                      BigDecimal hours, Map<String, BigDecimal> hoursByPublic, Map<String, Integer> peopleByPublic,
                      Instant reportedAt, String reportedBy) {

        static ReportView of(HoursReport r) {
            Map<String, BigDecimal> hours = new LinkedHashMap<>();
            Map<String, Integer> people = new LinkedHashMap<>();
            for (InsertionPublic p : InsertionPublic.values()) {
                hours.put(p.key(), BigDecimal.ZERO);
                people.put(p.key(), 0);
            }
            r.counts().forEach(c -> {
                hours.put(c.insertionPublic().key(), c.hours());
                people.put(c.insertionPublic().key(), c.people());
            });
            return new ReportView(r.reportId(), r.period().code(), r.period().kind().name(), r.period().start(),
                    r.period().end(), r.hours(), hours, people, r.reportedAt(), r.reportedBy());
        }
    }

    static ClauseView of(ClauseOfContract clause) {
        ClauseProgress p = clause.progress();
        return new ClauseView(clause.terms().contractId(), clause.terms().object(), clause.terms().buyerDirectorate(),
                clause.terms().territoryCode(), clause.terms().startOn(), clause.terms().endOn().minusDays(1),
                p.plannedHours(), p.doneHours(), p.expectedHours(), p.elapsedShare(), p.lagging(),
                ClauseProgress.TOLERANCE, clause.ledger().reports().stream().map(ReportView::of).toList(),
                clause.ledger().version());
    }
}
