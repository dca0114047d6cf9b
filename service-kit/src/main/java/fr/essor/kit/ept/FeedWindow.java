package fr.essor.kit.ept;

import java.time.Instant;

/**
 * What a store reads for one page of a feed: the items whose key (time of change, id) is after {@code after}
 * ({@code null}: from the start) and whose time of change is not after {@code settledUntil}, in key order, at most
 * {@code limit} of them (one more than the page, to know whether another follows).
 */
public record FeedWindow(FeedCursor after, Instant settledUntil, int limit) {
}
