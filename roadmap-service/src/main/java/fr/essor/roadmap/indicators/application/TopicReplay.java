package fr.essor.roadmap.indicators.application;

import java.util.List;

/** Reads the upstream topics again from their first record and applies each fact as the live consumers do. */
public interface TopicReplay {

    /** How a replay went, per topic: records read, and those that could not be applied (already dead-lettered). */
    record Report(List<TopicReport> topics) {
        public long replayed() {
            return topics.stream().mapToLong(TopicReport::records).sum();
        }
    }

    record TopicReport(String topic, long records, long failed) {
    }

    Report replayFromStart();
}
