package fr.essor.kit.consuming.deadletters;

import fr.essor.kit.consuming.DeadLetters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dead-letter topics of this service's own consumers ({@code <source topic>.<group>.dlt}, see
 * {@link DeadLetters}), computed from its consumer bindings: each one tells which topic and group it stands for.
 */
public final class DeadLetterTopics {

    /** The source a dead-letter topic stands for. */
    public record Source(String topic, String group) {
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();

    public DeadLetterTopics add(String sourceTopic, String group) {
        sources.put(DeadLetters.topicFor(sourceTopic, group), new Source(sourceTopic, group));
        return this;
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    public Map<String, Source> all() {
        return Map.copyOf(sources);
    }

    public Optional<Source> sourceOf(String deadLetterTopic) {
        return Optional.ofNullable(sources.get(deadLetterTopic));
    }

    /**
     * Exactly these topics, as a subscription pattern: a dead-letter topic is created by the first letter, so the
     * recorder must notice topics that appear after it started.
     */
    public Pattern pattern() {
        return Pattern.compile(String.join("|", sources.keySet().stream().map(Pattern::quote).toList()));
    }
}
