package fr.essor.kit.divergence.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one pass read, in this order (so that an event moving from pending to logged is seen at least once): the
 * aggregates with their versions and pending event ids, then the event log, then the topics up to their end offsets
 * taken after the log was read.
 *
 * @param versions    every aggregate document of the service's outbox collections, with its {@code version}
 * @param pendingIds  the ids of the events still in the documents' {@code pendingEvents}
 * @param logged      the event log
 * @param topicEvents the records of the service's topics, oldest first per partition
 */
public record StoreSnapshot(Map<AggregateRef, Long> versions, Set<String> pendingIds, List<LoggedEvent> logged,
                            List<TopicEvent> topicEvents) {
}
