package fr.essor.procurement.clauses.web;

import fr.essor.procurement.clauses.domain.HoursReportForm;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/contracts/{id}/insertion-hours}: the period ({@code 2026-10} or {@code 2026-Q3}) and, per public
 * ({@code rsaRecipients}, {@code under26}, {@code longTermJobseekers}, {@code disabledWorkers}, {@code other}), the
 * hours done and how many people did them.
 */
record HoursReportRequest(String period, Map<String, BigDecimal> hours, Map<String, Integer> people) {

    HoursReportForm toForm() {
        return new HoursReportForm(period, hours, people);
    }
}
