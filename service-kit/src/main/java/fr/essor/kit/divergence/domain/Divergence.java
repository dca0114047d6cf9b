package fr.essor.kit.divergence.domain;

import java.util.List;

/**
 * One thing found apart. For {@link DivergenceKind#UNKNOWN_TO_STORE} and {@link DivergenceKind#MISSING_ON_TOPIC}: one
 * event ({@code eventIds} has one id). For {@link DivergenceKind#VERSIONS_APART}: one aggregate, with the events on
 * the topic beyond the version the store holds.
 *
 * @param aggregate     the aggregate id ({@code ce_subject})
 * @param collection    its collection when known, else null
 * @param topicVersion  the highest version on the topic (versions apart only)
 * @param storedVersion the version in the store, null if the document is gone (versions apart only)
 */
public record Divergence(DivergenceKind kind, List<String> eventIds, String eventType, String topic,
                         String aggregate, String collection, Long topicVersion, Long storedVersion) {

    public Divergence {
        eventIds = List.copyOf(eventIds);
    }

    /** How many events it stands for, as the gauge counts them. */
    public int events() {
        return eventIds.size();
    }

    /** What diverges, in French, naming the event(s) and the aggregate. */
    public String description() {
        String where = (collection == null ? "" : collection + " ") + aggregate;
        return switch (kind) {
            case UNKNOWN_TO_STORE -> "L'événement " + eventIds.getFirst() + " (" + eventType + ") de l'objet " + where
                    + " est publié sur " + topic + ", mais la base ne le connaît pas.";
            case MISSING_ON_TOPIC -> "L'événement " + eventIds.getFirst() + " (" + eventType + ") de l'objet " + where
                    + " est noté comme publié, mais il est absent de " + topic + ".";
            case VERSIONS_APART -> storedVersion == null
                    ? "L'objet " + where + " n'est plus dans la base, alors que " + topic + " porte sa version "
                    + topicVersion + " (" + eventIds.size() + " événement(s) : " + String.join(", ", eventIds) + ")."
                    : "L'objet " + where + " est en version " + storedVersion + " dans la base, mais " + topic
                    + " porte sa version " + topicVersion + " (événement(s) au-delà : " + String.join(", ", eventIds)
                    + ").";
        };
    }
}
