package fr.essor.kit.divergence.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what a service's store says it published with what its topics hold (ADR-0023), keyed by event id.
 * <p>
 * Tolerates what is normal: events in flight (only records sent, and log entries written, before the pass's start
 * minus the grace period count), the same event twice on a topic (the relay's crash-after-acknowledgement duplicate,
 * ADR-0002), and other producers' records on a topic (only records whose {@code ce_source} is this service's count).
 */
public final class DivergenceCheck {

    private final String source;
    private final Duration gracePeriod;

    /**
     * @param source      this service's {@code ce_source}, e.g. {@code /essor/funding}
     * @param gracePeriod how old a record or log entry must be before it counts
     */
    public DivergenceCheck(String source, Duration gracePeriod) {
        this.source = Objects.requireNonNull(source, "source");
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("The grace period cannot be negative: " + gracePeriod);
        }
        this.gracePeriod = gracePeriod;
    }

    public Duration gracePeriod() {
        return gracePeriod;
    }

    public DivergenceReport compare(StoreSnapshot snapshot, Instant checkedAt) {
        Instant settled = checkedAt.minus(gracePeriod);
        Map<String, TopicEvent> onTopics = ownEventsOnce(snapshot.topicEvents());
        Map<String, LoggedEvent> logged = new HashMap<>();
        snapshot.logged().forEach(entry -> logged.put(entry.eventId(), entry));
        List<Divergence> found = new ArrayList<>();

        for (TopicEvent event : onTopics.values()) {
            if (!event.sentAt().isAfter(settled) && !logged.containsKey(event.eventId())
                    && !snapshot.pendingIds().contains(event.eventId())) {
                found.add(new Divergence(DivergenceKind.UNKNOWN_TO_STORE, List.of(event.eventId()), event.type(),
                        event.topic(), event.subject(), null, event.version(), null));
            }
        }
        for (LoggedEvent entry : snapshot.logged()) {
            if (!entry.publishedAt().isAfter(settled) && !onTopics.containsKey(entry.eventId())) {
                found.add(new Divergence(DivergenceKind.MISSING_ON_TOPIC, List.of(entry.eventId()), entry.type(),
                        entry.topic(), entry.subject(), entry.aggregate() == null ? null
                        : entry.aggregate().collection(), null, null));
            }
        }
        found.addAll(versionsApart(snapshot, onTopics, logged, settled));
        return new DivergenceReport(checkedAt, Duration.ZERO, snapshot.topicEvents().size(), snapshot.logged().size(),
                snapshot.versions().size(), found);
    }

    /** This service's records, each event once (the first copy: a duplicate carries the same facts). */
    private Map<String, TopicEvent> ownEventsOnce(List<TopicEvent> records) {
        Map<String, TopicEvent> events = new LinkedHashMap<>();
        for (TopicEvent record : records) {
            if (source.equals(record.source()) && record.eventId() != null) {
                events.putIfAbsent(record.eventId(), record);
            }
        }
        return events;
    }

    /**
     * Per aggregate, the highest version its settled events carry on the topics against the version its document holds.
     * An event belongs to the aggregate its log entry names (the document the relay sent it from); entries logged
     * before the log named it fall back to the one document, in any outbox collection, whose id is the event's
     * subject. Only events whose subject is that document carry its version (an event about a part of a document,
     * e.g. a lease inside an intermediation, carries the part's own version). A document that a log entry names and
     * that is gone is apart too; a store version ahead of the topic is normal (writes without events).
     */
    private List<Divergence> versionsApart(StoreSnapshot snapshot, Map<String, TopicEvent> onTopics,
                                           Map<String, LoggedEvent> logged, Instant settled) {
        Map<String, List<AggregateRef>> documentsById = new HashMap<>();
        snapshot.versions().keySet().forEach(ref ->
                documentsById.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(ref));
        Map<AggregateRef, List<TopicEvent>> eventsByAggregate = new LinkedHashMap<>();
        Set<AggregateRef> named = new HashSet<>();
        for (TopicEvent event : onTopics.values()) {
            LoggedEvent entry = logged.get(event.eventId());
            if (entry == null || event.sentAt().isAfter(settled) || entry.publishedAt().isAfter(settled)) {
                continue;
            }
            AggregateRef aggregate = entry.aggregate();
            if (aggregate != null) {
                named.add(aggregate);
            } else {
                List<AggregateRef> candidates = documentsById.getOrDefault(event.subject(), List.of());
                if (candidates.size() != 1) {
                    continue;
                }
                aggregate = candidates.getFirst();
            }
            eventsByAggregate.computeIfAbsent(aggregate, ref -> new ArrayList<>()).add(event);
        }
        List<Divergence> apart = new ArrayList<>();
        eventsByAggregate.forEach((aggregate, events) -> {
            Long stored = snapshot.versions().get(aggregate);
            TopicEvent first = events.getFirst();
            if (stored == null) {
                if (named.contains(aggregate)) {
                    Long highest = events.stream().map(TopicEvent::version).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null);
                    apart.add(new Divergence(DivergenceKind.VERSIONS_APART,
                            events.stream().map(TopicEvent::eventId).toList(), first.type(), first.topic(),
                            aggregate.id(), aggregate.collection(), highest, null));
                }
                return;
            }
            List<TopicEvent> ahead = events.stream().filter(event -> aggregate.id().equals(event.subject())
                    && event.version() != null && event.version() > stored).toList();
            if (!ahead.isEmpty()) {
                long highest = ahead.stream().mapToLong(TopicEvent::version).max().orElseThrow();
                apart.add(new Divergence(DivergenceKind.VERSIONS_APART, ahead.stream().map(TopicEvent::eventId).toList(),
                        ahead.getFirst().type(), ahead.getFirst().topic(), aggregate.id(), aggregate.collection(),
                        highest, stored));
            }
        });
        return apart;
    }
}
