package fr.essor.procurement.clauses.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The insertion hours reported on one contract (same id as the contract), period by period. A period is reported
 * once: a month and the quarter that contains it cannot both be reported. Every report says who made it and when.
 */
public final class InsertionLedger {

    private final String contractId;
    private final List<HoursReport> reports;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public InsertionLedger(String contractId, List<HoursReport> reports, long version, Instant updatedAt,
                           String updatedBy) {
        this.contractId = Objects.requireNonNull(contractId, "contractId");
        this.reports = reports.stream().sorted(Comparator.comparing((HoursReport r) -> r.period().start())).toList();
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** The ledger of a contract on which nothing was reported yet (version 0: not stored). */
    public static InsertionLedger empty(String contractId) {
        return new InsertionLedger(contractId, List.of(), 0, null, null);
    }

    public sealed interface ReportOutcome permits Reported, ReportRefused {
    }

    public record Reported(InsertionLedger ledger, InsertionHoursReported fact) implements ReportOutcome {
    }

    public record ReportRefused(List<Violation> violations) implements ReportOutcome {
    }

    /** Records the hours of a period, unless it is closed, outside the contract's execution or already reported. */
    public ReportOutcome report(ClauseTerms terms, HoursReportForm.Valid form, ReportingRules rules, LocalDate today,
                                String by, Instant at) {
        ReportingPeriod period = form.period();
        List<Violation> violations = new ArrayList<>();
        rules.refusal(period, today).ifPresent(violations::add);
        if (!terms.covers(period)) {
            violations.add(new Violation("period", "period.outsideContract", "La période " + period.label()
                    + " est en dehors de l'exécution du marché (du " + french(terms.startOn()) + " au "
                    + french(terms.endOn().minusDays(1)) + ")."));
        }
        reports.stream().filter(r -> r.period().overlaps(period)).findFirst().ifPresent(r -> violations.add(
                new Violation("period", "period.alreadyReported", "Des heures sont déjà déclarées pour "
                        + r.period().label() + " sur ce marché (le " + french(r.reportedAt()) + " par "
                        + r.reportedBy() + ") : une période ne se déclare qu'une fois.")));
        if (!violations.isEmpty()) {
            return new ReportRefused(List.copyOf(violations));
        }
        HoursReport report = new HoursReport("HRS-" + contractId + "-" + period.code(), period, form.counts(), at, by);
        List<HoursReport> all = new ArrayList<>(reports);
        all.add(report);
        InsertionLedger next = new InsertionLedger(contractId, all, version + 1, at, by);
        return new Reported(next, new InsertionHoursReported(UUID.randomUUID().toString(), contractId, version + 1,
                report, terms, at, by));
    }

    public BigDecimal hoursDone() {
        return reports.stream().map(HoursReport::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours of the periods that end in this year: the year the roadmap counts them in. */
    public BigDecimal hoursDoneIn(int year) {
        return reports.stream().filter(r -> r.period().end().getYear() == year).map(HoursReport::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String contractId() {
        return contractId;
    }

    public List<HoursReport> reports() {
        return reports;
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

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String french(Instant instant) {
        return french(LocalDate.ofInstant(instant, java.time.ZoneId.of("Europe/Paris")));
    }
}
