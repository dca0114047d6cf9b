package fr.essor.kit.ept;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader asks of a feed: the items after its cursor ({@code null}: from the start), at most {@code limit}.
 * Read strictly from the query parameters: anything unreadable is a 400 problem naming the parameter.
 */
public record FeedRequest(FeedCursor after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public FeedRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " out of 1.." + MAX_LIMIT);
        }
    }

    /** From the {@code after} and {@code limit} query parameters (either may be null). */
    public static FeedRequest read(String after, String limit) {
        List<Violation> violations = new ArrayList<>();
        FeedCursor cursor = null;
        if (after != null && !after.isBlank()) {
            cursor = FeedCursor.decode(after).orElse(null);
            if (cursor == null) {
                violations.add(new Violation("after", "after.format", "after est le jeton « next » rendu par "
                        + "la page précédente de ce flux, tel quel."));
            }
        }
        int count = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                count = Integer.parseInt(limit.trim());
            } catch (NumberFormatException notANumber) {
                count = 0;
            }
            if (count < 1 || count > MAX_LIMIT) {
                violations.add(new Violation("limit", "limit.range",
                        "limit est un entier entre 1 et " + MAX_LIMIT + "."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return new FeedRequest(cursor, count);
    }
}
