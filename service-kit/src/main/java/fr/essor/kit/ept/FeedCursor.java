package fr.essor.kit.ept;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a reader of an EPT feed stands: the sort key (time of the last change, then id) of the last item it read.
 * The API hands it out as an opaque {@code after} token; clients never build one.
 *
 * @param changedAt when the last item read last changed (as stored: millisecond precision)
 * @param id        the id of that item, which orders items changed at the same millisecond
 */
public record FeedCursor(Instant changedAt, String id) implements Comparable<FeedCursor> {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '|';

    public FeedCursor {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(id, "id");
    }

    /** The opaque token: URL-safe Base64 of a versioned text, so the format may change behind it. */
    public String encode() {
        String text = VERSION + SEPARATOR + changedAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #encode()}; empty for anything else. */
    public static Optional<FeedCursor> decode(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FeedCursor(Instant.parse(parts[1]), parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException notAToken) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(FeedCursor other) {
        int byTime = changedAt.compareTo(other.changedAt);
        return byTime != 0 ? byTime : id.compareTo(other.id);
    }
}
