package fr.essor.kit.consuming;

/** What a consumer did with an event: the {@code outcome} tag of {@code essor_events_consumed_total}. */
public enum Consumption {
    /** the effect was applied */
    APPLIED,
    /** the effect had already been applied: a redelivery or a replay */
    DUPLICATE,
    /** the event is not for this consumer: a type no route follows, or a fact the handler has nothing to do with */
    IGNORED;

    /** {@link #APPLIED} when the write changed something, else {@link #DUPLICATE} (a redelivery, a replay). */
    public static Consumption appliedIf(boolean applied) {
        return applied ? APPLIED : DUPLICATE;
    }

    public String tag() {
        return name().toLowerCase();
    }
}
