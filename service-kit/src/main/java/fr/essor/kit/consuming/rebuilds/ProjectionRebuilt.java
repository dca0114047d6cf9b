package fr.essor.kit.consuming.rebuilds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a rebuild did: documents cleared first, then per topic the records read, applied, skipped and failed. */
public record ProjectionRebuilt(String projection, String by, Instant startedAt, Duration duration, long cleared,
                                List<TopicReplay.TopicReplayed> topics) {

    public ProjectionRebuilt {
        topics = List.copyOf(topics);
    }

    public long read() {
        return topics.stream().mapToLong(TopicReplay.TopicReplayed::read).sum();
    }

    public long applied() {
        return topics.stream().mapToLong(TopicReplay.TopicReplayed::applied).sum();
    }

    public long skipped() {
        return topics.stream().mapToLong(TopicReplay.TopicReplayed::skipped).sum();
    }

    public long failed() {
        return topics.stream().mapToLong(TopicReplay.TopicReplayed::failed).sum();
    }
}
