package fr.essor.kit.divergence.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one pass.
 *
 * @param checkedAt    when the pass started (the grace period counts back from it)
 * @param took         how long it took
 * @param topicRecords records read from the topics (this service's and others')
 * @param loggedEvents entries in the event log
 * @param aggregates   aggregate documents read
 */
public record DivergenceReport(Instant checkedAt, Duration took, int topicRecords, int loggedEvents, int aggregates,
                               List<Divergence> divergences) {

    public DivergenceReport {
        divergences = List.copyOf(divergences);
    }

    /** Divergent events per kind, every kind present (0 when none). */
    public Map<DivergenceKind, Integer> eventsByKind() {
        Map<DivergenceKind, Integer> counts = new EnumMap<>(DivergenceKind.class);
        for (DivergenceKind kind : DivergenceKind.values()) {
            counts.put(kind, 0);
        }
        divergences.forEach(divergence -> counts.merge(divergence.kind(), divergence.events(), Integer::sum));
        return counts;
    }

    public boolean clean() {
        return divergences.isEmpty();
    }

    public DivergenceReport took(Duration took) {
        return new DivergenceReport(checkedAt, took, topicRecords, loggedEvents, aggregates, divergences);
    }
}
