package fr.essor.procurement.clauses.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.clauses.domain.ReportingPeriod;

import fr.essor.procurement.clauses.domain.HoursReportForm;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/contracts/{id}/insertion-hours}: the period ({@code 2026-10} or {@code 2026-Q3}) and, per public
 * ({@code rsaRecipients}, {@code under26}, {@code longTermJobseekers}, {@code disabledWorkers}, {@code other}), the
 * hours done and how many people did them.
 */
record HoursReportRequest(@Bounds.Pattern(value = ReportingPeriod.PATTERN,
        message = "Indiquez un mois (2026-10) ou un trimestre (2026-T3).") String period, Map<String, BigDecimal> hours, Map<String, Integer> people) {

    HoursReportForm toForm() {
        return new HoursReportForm(period, hours, people);
    }
}
