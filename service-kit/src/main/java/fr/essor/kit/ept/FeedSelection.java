package fr.essor.kit.ept;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The page of a feed whose items are not documents of their own but parts of one (a payment in a grant file, an hours
 * report in a contract's ledger) or values computed from several: the candidates are filtered and ordered in memory
 * by the same rules as {@link MongoFeedQueries#page}. The caller must give every candidate that could be in the
 * window: for parts of documents, every part of the documents changed at or after the cursor's time (a part is
 * stamped with the time of the write that added it, so a newer part lives in a document changed as late).
 */
public final class FeedSelection {

    private FeedSelection() {
    }

    /** Whether an item with this key belongs to the window: after its cursor and settled. */
    public static boolean admits(FeedWindow window, FeedCursor key) {
        return !key.changedAt().isAfter(window.settledUntil())
                && (window.after() == null || key.compareTo(window.after()) > 0);
    }

    /** The candidates the window admits, in key order (time of change, then id), at most the window's limit. */
    public static <T> List<T> select(FeedWindow window, Stream<T> candidates, Function<T, FeedCursor> key) {
        return candidates.filter(candidate -> admits(window, key.apply(candidate)))
                .sorted(Comparator.comparing(key))
                .limit(window.limit())
                .toList();
    }
}
