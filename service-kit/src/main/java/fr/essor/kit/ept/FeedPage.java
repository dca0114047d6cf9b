package fr.essor.kit.ept;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an EPT feed.
 *
 * @param territoryCode the territory the page is scoped to
 * @param items         the items, oldest change first
 * @param next          the cursor to read on with ({@code after=next}); the request's own when nothing new was found,
 *                      {@code null} only when the feed is empty and was read from its start
 * @param hasMore       whether another page can be read at once; when false, poll again later with {@code next}
 */
public record FeedPage<T>(String territoryCode, List<T> items, String next, boolean hasMore) {

    /**
     * A page from what the store read for {@link EptFeeds#window(FeedRequest)} (up to {@code limit + 1} items in key
     * order): the first {@code limit} become the page, an extra one says that more follow.
     */
    public static <S, T> FeedPage<T> of(String territoryCode, FeedRequest request, List<S> read,
                                        Function<S, FeedCursor> key, Function<S, T> view) {
        List<S> page = read.size() > request.limit() ? read.subList(0, request.limit()) : read;
        FeedCursor last = page.isEmpty() ? request.after() : key.apply(page.getLast());
        return new FeedPage<>(territoryCode, page.stream().map(view).toList(), last == null ? null : last.encode(),
                read.size() > request.limit());
    }
}
