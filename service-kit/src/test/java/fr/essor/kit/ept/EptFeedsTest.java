package fr.essor.kit.ept;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.ActorAuthorities;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EptFeedsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCursorTokenReadsBackAsTheSameKeyAndAnythingElseIsNoCursor() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-12-01T10:00:00.123Z"), "app|42");

        assertThat(FeedCursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).doesNotContain("2026").doesNotContain("/").doesNotContain("+");
        assertThat(FeedCursor.decode("hier")).isEmpty();
        assertThat(FeedCursor.decode("")).isEmpty();
        assertThat(FeedCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("2|x|y".getBytes()))).isEmpty();
    }

    @Test
    void aBadCursorOrLimitIsAProblemNamingEachParameter() {
        assertThatThrownBy(() -> FeedRequest.read("pas-un-jeton", "0"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("after.format", "limit.range"));
        assertThatThrownBy(() -> FeedRequest.read(null, "201")).isInstanceOf(InvalidCommandException.class);
        assertThat(FeedRequest.read(null, null)).isEqualTo(new FeedRequest(null, FeedRequest.DEFAULT_LIMIT));
        assertThat(FeedRequest.read(null, "200").limit()).isEqualTo(200);
    }

    @Test
    void nothingNewIsAnEmptyPageGivingBackTheSameCursor() {
        FeedCursor after = new FeedCursor(T0, "a");
        FeedRequest request = new FeedRequest(after, 10);

        FeedPage<String> page = FeedPage.of("T8", request, List.<String>of(), item -> null, item -> item);

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEqualTo(after.encode());
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void onlyTheEptOfTheTerritoryNamedReadsIt() {
        EptFeeds feeds = new EptFeeds(new CurrentActor(), Clock.systemUTC(), Duration.ZERO);

        signIn("ept-est-ensemble", Set.of(Role.EPT), "T8");
        assertThat(feeds.territory("T8")).isEqualTo("T8");
        assertThatThrownBy(() -> feeds.territory("T6")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("T8");

        signIn("sens", Set.of(Role.DIEESS), null);
        assertThatThrownBy(() -> feeds.territory("T8")).isInstanceOf(AccessDeniedException.class);
        signIn("admin", Set.of(Role.ADMIN), null);
        assertThatThrownBy(() -> feeds.territory("T8")).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Writers stamp a change, then commit it up to {@code lag} later, out of order; a reader pages all along. With a
     * settle delay longer than the lag it reads every change exactly once; without one it misses late commits.
     */
    @Test
    void aReaderPagingWhileLateCommitsArriveReadsEachChangeOnceOnlyWhenTheSettleDelayCoversTheLag() {
        assertThat(readWhileWriting(Duration.ofMillis(500), Duration.ofMillis(400))).allMatch(count -> count == 1);
        assertThat(readWhileWriting(Duration.ZERO, Duration.ofMillis(400))).contains(0);
    }

    /** How many times the reader read each change. */
    private static Collection<Integer> readWhileWriting(Duration settle, Duration lag) {
        MutableClock clock = new MutableClock();
        EptFeeds feeds = new EptFeeds(new CurrentActor(), clock, settle);
        TreeMap<FeedCursor, String> committed = new TreeMap<>();
        List<FeedCursor> stamped = new ArrayList<>();
        TreeMap<String, Integer> reads = new TreeMap<>();
        FeedCursor after = null;
        java.util.Random random = new java.util.Random(7);
        for (int step = 0; step < 400; step++) {
            clock.now = T0.plusMillis(step * 20L);
            if (step < 300) {
                // a write stamped now commits after 0..lag: its key lands behind later stamps committed earlier
                FeedCursor key = new FeedCursor(clock.now, "id-" + step);
                stamped.add(key);
                reads.put(key.id(), 0);
            }
            for (FeedCursor key : List.copyOf(stamped)) {
                long due = (long) (lag.toMillis() * ((key.id().hashCode() & 0xff) / 255.0));
                if (!clock.now.isBefore(key.changedAt().plusMillis(due))) {
                    committed.put(key, key.id());
                    stamped.remove(key);
                }
            }
            FeedRequest request = new FeedRequest(after, 1 + random.nextInt(5));
            FeedWindow window = feeds.window(request);
            List<FeedCursor> read = (window.after() == null ? committed : committed.tailMap(window.after(), false))
                    .keySet().stream().filter(key -> !key.changedAt().isAfter(window.settledUntil()))
                    .limit(window.limit()).toList();
            FeedPage<String> page = FeedPage.of("T8", request, read, key -> key, FeedCursor::id);
            page.items().forEach(id -> reads.merge(id, 1, Integer::sum));
            after = page.next() == null ? null : FeedCursor.decode(page.next()).orElseThrow();
        }
        return reads.values();
    }

    private static void signIn(String username, Set<Role> roles, String territory) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(username, "n/a",
                ActorAuthorities.of(roles, territory));
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    private static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
