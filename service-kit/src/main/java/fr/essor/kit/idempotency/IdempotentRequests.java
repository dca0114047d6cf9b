package fr.essor.kit.idempotency;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code idempotency_keys} collection: one document per (caller, key), {@code _id} derived from both, so that two
 * concurrent requests with the same key cannot both start (the second insert fails on the unique {@code _id}). It holds
 * the request's fingerprint and, once answered, the response. Kept {@code essor.idempotency.retention} (24 h); expired
 * documents are deleted by {@link #pruneExpired}, and on a real MongoDB also by a TTL index (mongo-java-server keeps
 * the index but never expires anything, so the pruning stays).
 */
public class IdempotentRequests implements DeclaresIndexes {

    static final String COLLECTION = "idempotency_keys";

    /** What was stored for a key: still running, or its response. */
    public record Stored(String fingerprint, boolean completed, int status, Map<String, String> headers, byte[] body,
                         Instant expiresAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonedAfter;

    /**
     * @param retention      how long an answer is kept for its key (at least 24 h)
     * @param abandonedAfter how long a request may run before its key is taken to be abandoned: the process running it
     *                       was killed before it completed or released the key (issue 15), so a retry with the same
     *                       key runs again instead of being told 409 for the rest of the retention
     */
    public IdempotentRequests(MongoTemplate mongo, Clock clock, Duration retention, Duration abandonedAfter) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("essor.idempotency.retention must be at least 24 h, not " + retention);
        }
        this.mongo = mongo;
        this.clock = clock;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    /** Starts a request under this id, or answers what is stored for it (nothing when an expired entry was dropped). */
    public Optional<Stored> begin(String id, String caller, String key, String fingerprint) {
        Instant now = clock.instant();
        Document entry = new Document("_id", id).append("caller", caller).append("key", key)
                .append("fingerprint", fingerprint).append("completed", false)
                .append("createdAt", Date.from(now)).append("expiresAt", Date.from(now.plus(retention)));
        try {
            mongo.insert(entry, COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Document stored = mongo.findById(id, Document.class, COLLECTION);
            if (stored == null) { // released in between
                return begin(id, caller, key, fingerprint);
            }
            Stored existing = read(stored);
            boolean abandoned = !existing.completed()
                    && stored.getDate("createdAt").toInstant().plus(abandonedAfter).isBefore(now);
            if (existing.expiresAt().isBefore(now) || abandoned) {
                // only the entry read here: another retry may have taken it over in between
                mongo.remove(Query.query(Criteria.where("_id").is(id).and("createdAt").is(stored.get("createdAt"))),
                        COLLECTION);
                return begin(id, caller, key, fingerprint);
            }
            return Optional.of(existing);
        }
    }

    /** Keeps the response of a request, to be answered again to the same key and body. */
    public void complete(String id, int status, Map<String, String> headers, byte[] body) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("completed", true)
                .set("status", status).set("headers", new Document(headers)).set("body", new Binary(body)), COLLECTION);
    }

    /** Forgets a request that did not complete (server error, transient conflict): the key may be retried. */
    public void release(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("completed").is(false)), COLLECTION);
    }

    /** {@link #pruneExpired}'s range, and MongoDB's own expiry at {@code expiresAt} (a TTL of 0 s after that date). */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "idempotency_keys_expiry").asc("expiresAt").expireAfter(Duration.ZERO));
    }

    /** Deletes the entries past their retention. */
    public long pruneExpired() {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION)
                .getDeletedCount();
    }

    private static Stored read(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Object body = document.get("body");
        return new Stored(document.getString("fingerprint"), Boolean.TRUE.equals(document.getBoolean("completed")),
                document.getInteger("status", 0), headers, body instanceof Binary binary ? binary.getData() : new byte[0],
                document.getDate("expiresAt").toInstant());
    }
}
