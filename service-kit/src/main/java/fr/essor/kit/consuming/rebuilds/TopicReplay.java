package fr.essor.kit.consuming.rebuilds;

import java.util.List;

/**
 * Reads topics again from their first record up to their end when the replay starts, outside any consumer group,
 * and hands each record to the handlers of the bindings that read its topic.
 */
public interface TopicReplay {

    List<TopicReplayed> replay(List<ReplayedBinding> bindings);

    /**
     * What one topic's replay did: records read, and the handlers' answers — applied, skipped (already applied, or
     * a type the projection does not follow), failed (they were dead-lettered the first time; not retried).
     */
    record TopicReplayed(String topic, long read, long applied, long skipped, long failed) {
    }
}
