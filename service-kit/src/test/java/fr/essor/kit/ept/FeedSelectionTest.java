package fr.essor.kit.ept;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FeedSelectionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    record Part(String id, Instant at) {
        FeedCursor key() {
            return new FeedCursor(at, id);
        }
    }

    @Test
    void keepsWhatIsAfterTheCursorAndSettledInKeyOrderUpToTheLimit() {
        Part before = new Part("b", T0);
        Part sameTimeLowerId = new Part("a", T0.plusSeconds(1));
        Part cursor = new Part("m", T0.plusSeconds(1));
        Part sameTimeHigherId = new Part("z", T0.plusSeconds(1));
        Part later = new Part("c", T0.plusSeconds(2));
        Part evenLater = new Part("d", T0.plusSeconds(3));
        Part unsettled = new Part("e", T0.plusSeconds(10));
        FeedWindow window = new FeedWindow(cursor.key(), T0.plusSeconds(5), 2);

        List<Part> page = FeedSelection.select(window,
                Stream.of(unsettled, evenLater, later, sameTimeHigherId, cursor, sameTimeLowerId, before), Part::key);

        assertThat(page).containsExactly(sameTimeHigherId, later);
        assertThat(FeedSelection.admits(window, evenLater.key())).isTrue();
        assertThat(FeedSelection.admits(window, unsettled.key())).isFalse();
        assertThat(FeedSelection.admits(window, cursor.key())).isFalse();
    }

    @Test
    void withoutCursorReadsFromTheStartAndTheSettledInstantItselfIsServed() {
        Part first = new Part("x", T0);
        Part atTheLimit = new Part("y", T0.plusSeconds(5));
        FeedWindow window = new FeedWindow(null, T0.plusSeconds(5), 10);

        assertThat(FeedSelection.select(window, Stream.of(atTheLimit, first), Part::key))
                .containsExactly(first, atTheLimit);
    }
}
