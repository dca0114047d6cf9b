package fr.essor.kit.divergence.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivergenceCheckTest {

    static final String SOURCE = "/essor/funding";
    static final String TOPIC = "essor.funding.applications";
    static final String COLLECTION = "applications";
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final Instant OLD = NOW.minus(Duration.ofHours(1));
    static final Instant RECENT = NOW.minus(Duration.ofSeconds(30));

    final DivergenceCheck check = new DivergenceCheck(SOURCE, Duration.ofMinutes(5));

    /** A store and its topic, built in agreement; each test then breaks one thing. */
    final class World {
        final Map<AggregateRef, Long> versions = new HashMap<>();
        final Set<String> pending = new HashSet<>();
        final List<LoggedEvent> logged = new ArrayList<>();
        final List<TopicEvent> topic = new ArrayList<>();
        long offset;

        /** An aggregate written {@code version} times, each write's event relayed and logged. */
        World aggregate(String id, long version) {
            versions.put(new AggregateRef(COLLECTION, id), version);
            for (long v = 1; v <= version; v++) {
                String eventId = id + "-e" + v;
                logged.add(new LoggedEvent(eventId, "fr.essor.funding.application-submitted.v1", id, TOPIC, OLD,
                        new AggregateRef(COLLECTION, id)));
                topic.add(record(eventId, SOURCE, id, OLD, v));
            }
            return this;
        }

        TopicEvent record(String eventId, String source, String subject, Instant sentAt, Long version) {
            return new TopicEvent(eventId, "fr.essor.funding.application-submitted.v1", source, subject, TOPIC, 0,
                    offset++, sentAt, version);
        }

        DivergenceReport check() {
            return DivergenceCheckTest.this.check.compare(new StoreSnapshot(versions, pending, logged, topic), NOW);
        }
    }

    @Test
    void aStoreAndTopicsThatAgreeReportNothing() {
        DivergenceReport report = new World().aggregate("A", 3).aggregate("B", 1).check();

        assertThat(report.clean()).isTrue();
        assertThat(report.eventsByKind()).containsOnlyKeys(DivergenceKind.values()).allSatisfy((kind, count) ->
                assertThat(count).isZero());
        assertThat(report.topicRecords()).isEqualTo(4);
        assertThat(report.loggedEvents()).isEqualTo(4);
        assertThat(report.aggregates()).isEqualTo(2);
    }

    @Test
    void anEventOnTheTopicThatTheStoreForgotIsUnknownToTheStore() {
        World world = new World().aggregate("A", 1);
        world.topic.add(world.record("lost", SOURCE, "GONE", OLD, 1L));

        DivergenceReport report = world.check();

        assertThat(report.divergences()).singleElement().satisfies(divergence -> {
            assertThat(divergence.kind()).isEqualTo(DivergenceKind.UNKNOWN_TO_STORE);
            assertThat(divergence.eventIds()).containsExactly("lost");
            assertThat(divergence.aggregate()).isEqualTo("GONE");
            assertThat(divergence.topic()).isEqualTo(TOPIC);
            assertThat(divergence.description()).contains("lost", "GONE", TOPIC);
        });
        assertThat(report.eventsByKind()).containsEntry(DivergenceKind.UNKNOWN_TO_STORE, 1);
    }

    @Test
    void anEventSentButStillPendingIsNotUnknown() {
        World world = new World().aggregate("A", 1);
        world.versions.put(new AggregateRef(COLLECTION, "A"), 2L);
        world.pending.add("A-e2");
        world.topic.add(world.record("A-e2", SOURCE, "A", OLD, 2L));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void anUnknownEventYoungerThanTheGracePeriodDoesNotCountYet() {
        World world = new World().aggregate("A", 1);
        world.topic.add(world.record("in-flight", SOURCE, "B", RECENT, 1L));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void theSameEventTwiceOnTheTopicIsTheRelaysNormalDuplicateAndCountsOnce() {
        World world = new World().aggregate("A", 2);
        world.topic.add(world.record("A-e2", SOURCE, "A", OLD, 2L));
        world.topic.add(world.record("orphan", SOURCE, "X", OLD, 1L));
        world.topic.add(world.record("orphan", SOURCE, "X", OLD, 1L));

        DivergenceReport report = world.check();

        assertThat(report.divergences()).singleElement().satisfies(divergence ->
                assertThat(divergence.eventIds()).containsExactly("orphan"));
        assertThat(report.eventsByKind()).containsEntry(DivergenceKind.UNKNOWN_TO_STORE, 1);
    }

    @Test
    void recordsOfAnotherSourceOnASharedTopicAreNotThisServicesAndAreIgnored() {
        World world = new World().aggregate("A", 1);
        world.topic.add(world.record("theirs", "/essor/roadmap", "R", OLD, 7L));
        world.topic.add(world.record(null, null, "no-envelope", OLD, null));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void aLoggedEventAbsentFromTheTopicIsMissingOnTheTopic() {
        World world = new World().aggregate("A", 1);
        world.logged.add(new LoggedEvent("never-sent", "fr.essor.funding.grant-awarded.v1", "A", TOPIC, OLD,
                new AggregateRef(COLLECTION, "A")));

        DivergenceReport report = world.check();

        assertThat(report.divergences()).singleElement().satisfies(divergence -> {
            assertThat(divergence.kind()).isEqualTo(DivergenceKind.MISSING_ON_TOPIC);
            assertThat(divergence.eventIds()).containsExactly("never-sent");
            assertThat(divergence.aggregate()).isEqualTo("A");
            assertThat(divergence.collection()).isEqualTo(COLLECTION);
            assertThat(divergence.description()).contains("never-sent", "absent de " + TOPIC);
        });
        assertThat(report.eventsByKind()).containsEntry(DivergenceKind.MISSING_ON_TOPIC, 1);
    }

    @Test
    void aLogEntryYoungerThanTheGracePeriodIsNotMissingYet() {
        World world = new World().aggregate("A", 1);
        world.logged.add(new LoggedEvent("just-logged", "t", "A", TOPIC, RECENT, new AggregateRef(COLLECTION, "A")));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void anAggregateSetBackBehindTheTopicIsVersionsApartNamingTheEventsBeyondIt() {
        World world = new World().aggregate("A", 4).aggregate("B", 2);
        world.versions.put(new AggregateRef(COLLECTION, "A"), 2L);

        DivergenceReport report = world.check();

        assertThat(report.divergences()).singleElement().satisfies(divergence -> {
            assertThat(divergence.kind()).isEqualTo(DivergenceKind.VERSIONS_APART);
            assertThat(divergence.aggregate()).isEqualTo("A");
            assertThat(divergence.collection()).isEqualTo(COLLECTION);
            assertThat(divergence.storedVersion()).isEqualTo(2L);
            assertThat(divergence.topicVersion()).isEqualTo(4L);
            assertThat(divergence.eventIds()).containsExactly("A-e3", "A-e4");
            assertThat(divergence.description()).contains("version 2", "version 4", "A-e3");
        });
        assertThat(report.eventsByKind()).containsEntry(DivergenceKind.VERSIONS_APART, 2);
    }

    @Test
    void anAggregateGoneFromTheStoreWhoseEventsAreStillLoggedIsVersionsApart() {
        World world = new World().aggregate("A", 2).aggregate("B", 1);
        world.versions.remove(new AggregateRef(COLLECTION, "A"));

        DivergenceReport report = world.check();

        assertThat(report.divergences()).singleElement().satisfies(divergence -> {
            assertThat(divergence.kind()).isEqualTo(DivergenceKind.VERSIONS_APART);
            assertThat(divergence.storedVersion()).isNull();
            assertThat(divergence.topicVersion()).isEqualTo(2L);
            assertThat(divergence.eventIds()).containsExactly("A-e1", "A-e2");
            assertThat(divergence.description()).contains("n'est plus dans la base");
        });
    }

    @Test
    void aStoreVersionAheadOfTheTopicIsNormalWritesWithoutEventsBumpIt() {
        World world = new World().aggregate("A", 2);
        world.versions.put(new AggregateRef(COLLECTION, "A"), 5L);

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void anEventAboutAPartOfTheDocumentCarriesThePartsVersionAndIsNotCompared() {
        World world = new World().aggregate("I", 2);
        // a lease signed inside intermediation I: subject is the lease, its version is the lease's own
        world.logged.add(new LoggedEvent("lease-e1", "t", "LEASE-9", TOPIC, OLD, new AggregateRef(COLLECTION, "I")));
        world.topic.add(world.record("lease-e1", SOURCE, "LEASE-9", OLD, 9L));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void anEntryLoggedBeforeTheLogNamedItsDocumentFallsBackToTheOneDocumentOfItsSubject() {
        World world = new World();
        world.versions.put(new AggregateRef(COLLECTION, "A"), 1L);
        world.logged.add(new LoggedEvent("legacy", "t", "A", TOPIC, OLD, null));
        world.topic.add(world.record("legacy", SOURCE, "A", OLD, 3L));

        assertThat(world.check().divergences()).singleElement().satisfies(divergence -> {
            assertThat(divergence.kind()).isEqualTo(DivergenceKind.VERSIONS_APART);
            assertThat(divergence.collection()).isEqualTo(COLLECTION);
            assertThat(divergence.eventIds()).containsExactly("legacy");
        });
    }

    @Test
    void aLegacyEntryWhoseSubjectIsNoDocumentOrSeveralIsNotComparedForItCannotBeTold() {
        World world = new World();
        world.versions.put(new AggregateRef(COLLECTION, "A"), 1L);
        world.versions.put(new AggregateRef("other", "A"), 1L);
        world.logged.add(new LoggedEvent("ambiguous", "t", "A", TOPIC, OLD, null));
        world.topic.add(world.record("ambiguous", SOURCE, "A", OLD, 3L));
        world.logged.add(new LoggedEvent("part", "t", "LEASE", TOPIC, OLD, null));
        world.topic.add(world.record("part", SOURCE, "LEASE", OLD, 3L));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void eventsYoungerThanTheGracePeriodDoNotCountForVersions() {
        World world = new World().aggregate("A", 1);
        world.logged.add(new LoggedEvent("A-e2", "t", "A", TOPIC, RECENT, new AggregateRef(COLLECTION, "A")));
        world.topic.add(world.record("A-e2", SOURCE, "A", RECENT, 2L));

        assertThat(world.check().clean()).isTrue();
    }

    @Test
    void aNegativeGracePeriodIsRefused() {
        assertThatThrownBy(() -> new DivergenceCheck(SOURCE, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
