package fr.essor.benchmarks.paths;

/**
 * How events are written in one phase of the comparison: {@code events} writes by {@code writers} threads, as fast
 * as they can ({@code perSecond} 0) or paced at {@code perSecond} writes a second in all.
 */
public record LoadShape(String name, int events, int writers, double perSecond) {

    /** As fast as the writers can. */
    public static LoadShape burst(int events, int writers) {
        return new LoadShape("burst", events, writers, 0);
    }

    /** A steady rate for about {@code seconds}. */
    public static LoadShape steady(double perSecond, int seconds, int writers) {
        return new LoadShape("steady", (int) Math.max(writers, Math.round(perSecond * seconds)), writers, perSecond);
    }

    /** One writer, one event every {@code gapMillis}. */
    public static LoadShape idle(int events, int gapMillis) {
        return new LoadShape("idle", events, 1, 1000.0 / gapMillis);
    }

    public boolean paced() {
        return perSecond > 0;
    }

    public String describe() {
        return paced() ? String.format(java.util.Locale.ROOT, "%s, %.0f/s", name, perSecond) : name;
    }
}
