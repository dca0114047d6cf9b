package fr.essor.benchmarks.paths;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What one path did with one load shape: how long the writes took, from the first write to the last broker
 * acknowledgement and to the last event applied by the consumer, and each event's latencies in milliseconds
 * (sorted ascending): write → acknowledgement, write → applied.
 */
public record PathRun(String path, LoadShape shape, Duration writing, Duration toLastAcknowledged,
                      Duration toLastApplied, List<Long> acknowledged, List<Long> applied) {

    public double writesPerSecond() {
        return perSecond(writing);
    }

    public double appliedPerSecond() {
        return perSecond(toLastApplied);
    }

    private double perSecond(Duration duration) {
        return shape.events() * 1000.0 / Math.max(1, duration.toMillis());
    }

    public long appliedPercentile(int p) {
        return percentile(applied, p);
    }

    static String header() {
        return """
                | path | load | events | writers | writes/s | acknowledged/s | applied/s | write→ack p50/p95/p99/max (ms) | write→applied p50/p95/p99/max (ms) |
                |---|---|---|---|---|---|---|---|---|""";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f | %.0f | %s | %s |", path, shape.describe(),
                shape.events(), shape.writers(), writesPerSecond(), perSecond(toLastAcknowledged),
                appliedPerSecond(), percentiles(acknowledged), percentiles(applied));
    }

    private static String percentiles(List<Long> sorted) {
        return percentile(sorted, 50) + " / " + percentile(sorted, 95) + " / " + percentile(sorted, 99) + " / "
                + sorted.getLast();
    }

    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
