package fr.essor.procurement.ept.web;

import fr.essor.procurement.clauses.domain.ReportingPeriod;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.ept.application.TerritoryFeeds.ReportedHours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One report of insertion hours on a contract executed on the territory ({@code executionCommuneInsee} null: the
 * whole département), as an EPT may read it: the contract, the period, the hours done and, per public, how many
 * people did how many hours. Counts only: never a person, nor the facilitator who reported them.
 *
 * @param period the period's code, {@code 2026-10} for a month, {@code 2026-Q3} for a quarter
 */
record EptInsertionHoursView(String id, String contractId, String contractReference, String contractObject,
                             String executionCommuneInsee, String period, ReportingPeriod.Kind periodKind, String periodLabel,
                             LocalDate periodStart, LocalDate periodEnd, BigDecimal hours, int people,
                             List<PublicCountView> publics, Instant changedAt) {

    /** The hours and head count of one public (key e.g. {@code rsaRecipients}). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptPublicCountView")
    record PublicCountView(String key, String label, int people, BigDecimal hours) {
    }

    static EptInsertionHoursView of(ReportedHours reported) {
        Contract contract = reported.contract();
        HoursReport report = reported.report();
        return new EptInsertionHoursView(report.reportId(), contract.id(), contract.terms().reference(),
                contract.terms().object(),
                contract.terms().executionCommune() == null ? null : contract.terms().executionCommune().inseeCode(),
                report.period().code(), report.period().kind(), report.period().label(),
                report.period().start(), report.period().end(), report.hours(), report.people(),
                report.counts().stream().map(c -> new PublicCountView(c.insertionPublic().key(),
                        c.insertionPublic().label(), c.people(), c.hours())).toList(), report.reportedAt());
    }
}
