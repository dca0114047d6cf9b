package fr.essor.kit.consuming;

/** What a consumer did with an event: the {@code outcome} tag of {@code essor_events_consumed_total}. */
public enum Consumption {
    /** the effect was applied */
    APPLIED,
    /** the effect had already been applied: a redelivery or a replay */
    DUPLICATE,
    /** the event is not for this consumer (e.g. a type it does not read) */
    IGNORED;

    public String tag() {
        return name().toLowerCase();
    }
}
