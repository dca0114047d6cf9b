package fr.essor.procurement.clauses.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The insertion hours a facilitator reported on a contract for one period, by public. */
public record HoursReport(String reportId, ReportingPeriod period, List<PublicCount> counts, Instant reportedAt,
                          String reportedBy) {

    public HoursReport {
        counts = List.copyOf(counts);
    }

    public BigDecimal hours() {
        return counts.stream().map(PublicCount::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int people() {
        return counts.stream().mapToInt(PublicCount::people).sum();
    }
}
