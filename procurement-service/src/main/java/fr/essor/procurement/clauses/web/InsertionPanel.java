package fr.essor.procurement.clauses.web;

import fr.essor.procurement.clauses.application.ClauseOfContract;
import fr.essor.procurement.clauses.domain.ClauseProgress;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.clauses.domain.InsertionPublic;
import fr.essor.kit.ui.FrenchFormat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The insertion clause section of a contract's page, prepared for the template: French texts, no logic left. */
record InsertionPanel(String contractId, String planned, String done, String expected, String elapsed,
                      boolean lagging, String status, List<ReportRow> rows, boolean canReport, String period,
                      String periodError, String formError, List<PublicField> publics, String success) {

    record ReportRow(String period, String hours, String byPublic, String recorded) {
    }

    record PublicField(String label, String hoursName, String hours, String hoursError, String peopleName,
                       String people, String peopleError) {
    }

    static InsertionPanel of(ClauseOfContract clause, boolean canReport, Map<String, String> fields,
                             Map<String, String> errors, String success) {
        ClauseProgress p = clause.progress();
        String status = p.lagging()
                ? "En retard : " + HoursFormat.hours(p.doneHours()) + " réalisées pour "
                + HoursFormat.hours(p.expectedHours()) + " attendues à ce jour (tolérance de "
                + HoursFormat.percent(ClauseProgress.TOLERANCE) + ")."
                : "Conforme au prévu à ce jour (tolérance de " + HoursFormat.percent(ClauseProgress.TOLERANCE) + ").";
        List<ReportRow> rows = clause.ledger().reports().stream().map(InsertionPanel::row).toList();
        List<PublicField> publics = Arrays.stream(InsertionPublic.values()).map(pub -> new PublicField(pub.label(),
                "hours_" + pub.key(), fields.getOrDefault("hours_" + pub.key(), ""),
                errors.get("hours_" + pub.key()), "people_" + pub.key(),
                fields.getOrDefault("people_" + pub.key(), ""), errors.get("people_" + pub.key()))).toList();
        return new InsertionPanel(clause.terms().contractId(), HoursFormat.hours(java.math.BigDecimal.valueOf(
                p.plannedHours())), HoursFormat.hours(p.doneHours()), HoursFormat.hours(p.expectedHours()),
                HoursFormat.percent(p.elapsedShare()), p.lagging(), status, rows, canReport,
                fields.getOrDefault("period", ""), errors.get("period"), errors.get("form"), publics, success);
    }

    private static ReportRow row(HoursReport r) {
        String byPublic = String.join(" ; ", r.counts().stream().map(c -> c.insertionPublic().label() + " : "
                + HoursFormat.hours(c.hours()) + " (" + c.people() + (c.people() > 1 ? " personnes)" : " personne)"))
                .toList());
        return new ReportRow(r.period().label(), HoursFormat.hours(r.hours()), byPublic,
                FrenchFormat.dateTime(r.reportedAt()) + " par " + r.reportedBy());
    }
}
