package fr.essor.kit.consuming.deadletters;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's record of its consumers' dead letters, collection {@code dead_letters}: one document per dead-letter
 * record, keyed by its topic, partition and offset, so that reading a dead-letter topic again records nothing twice.
 * Exposes {@code essor_dead_letters_unresolved} (letters still to be dealt with).
 */
public class DeadLetterStore implements DeclaresIndexes {

    public static final String COLLECTION = "dead_letters";
    private static final List<String> OPEN = List.of(DeadLetter.Status.UNRESOLVED.name(),
            DeadLetter.Status.REPLAY_FAILED.name());

    private final MongoTemplate mongo;

    public DeadLetterStore(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        Gauge.builder("essor.dead.letters.unresolved", this, DeadLetterStore::unresolved)
                .description("Dead letters of this service's consumers neither replayed nor superseded")
                .register(meters);
    }

    /**
     * Records a letter unless it is already known; a new letter for an event that was replayed marks the earlier
     * letter {@link DeadLetter.Status#FAILED_AGAIN}.
     *
     * @return false when the letter was already recorded
     */
    public boolean record(DeadLetter letter) {
        try {
            mongo.insert(toDocument(letter), COLLECTION);
        } catch (DuplicateKeyException known) {
            return false;
        }
        if (letter.eventId() != null) {
            mongo.updateMulti(Query.query(Criteria.where("_id").ne(letter.id())
                            .and("headers.ce_id").is(letter.eventId())
                            .and("originalTopic").is(letter.originalTopic()).and("group").is(letter.group())
                            .and("status").is(DeadLetter.Status.REPLAYED.name())),
                    Update.update("status", DeadLetter.Status.FAILED_AGAIN.name()), COLLECTION);
        }
        return true;
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(DeadLetterStore::fromDocument);
    }

    /** The most recent letters first. */
    public List<DeadLetter> latest(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "firstSeenAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(DeadLetterStore::fromDocument).toList();
    }

    /**
     * Takes the letter for a replay: only a letter not yet replayed (or any letter when forced) and not being
     * replayed by someone else right now.
     *
     * @return the letter as it was before, or empty if it cannot be taken
     */
    Optional<DeadLetter> claimForReplay(String id, boolean force) {
        Criteria claimable = Criteria.where("_id").is(id);
        claimable = force ? claimable.and("status").ne(DeadLetter.Status.REPLAYING.name())
                : claimable.and("status").in(OPEN);
        Document before = mongo.findAndModify(Query.query(claimable),
                Update.update("status", DeadLetter.Status.REPLAYING.name()), FindAndModifyOptions.options(),
                Document.class, COLLECTION);
        return Optional.ofNullable(before).map(DeadLetterStore::fromDocument);
    }

    void replayed(String id, DeadLetter.Replay replay, boolean sent) {
        DeadLetter.Status status = sent ? DeadLetter.Status.REPLAYED : DeadLetter.Status.REPLAY_FAILED;
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", status.name()).push("replays", new Document("at", Date.from(replay.at()))
                        .append("by", replay.by()).append("forced", replay.forced())
                        .append("outcome", replay.outcome())), COLLECTION);
    }

    /** {@link #latest}, {@link #unresolved}, and the earlier letters of an event that {@link #record} marks. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "dead_letters_latest").desc("firstSeenAt"),
                QueryIndex.on(COLLECTION, "dead_letters_status").asc("status"),
                QueryIndex.on(COLLECTION, "dead_letters_event").asc("headers.ce_id"));
    }

    long unresolved() {
        return mongo.count(Query.query(Criteria.where("status").in(OPEN)), COLLECTION);
    }

    private static Document toDocument(DeadLetter letter) {
        return new Document("_id", letter.id())
                .append("deadLetterTopic", letter.deadLetterTopic())
                .append("deadLetterPartition", letter.deadLetterPartition())
                .append("deadLetterOffset", letter.deadLetterOffset())
                .append("originalTopic", letter.originalTopic())
                .append("originalPartition", letter.originalPartition())
                .append("originalOffset", letter.originalOffset())
                .append("group", letter.group())
                .append("key", letter.key())
                .append("headers", new Document(letter.headers()))
                .append("payload", letter.payload())
                .append("exceptionClass", letter.exceptionClass())
                .append("exceptionMessage", letter.exceptionMessage())
                .append("firstSeenAt", Date.from(letter.firstSeenAt()))
                .append("status", letter.status().name())
                .append("replays", List.of());
    }

    private static DeadLetter fromDocument(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        List<DeadLetter.Replay> replays = new ArrayList<>();
        for (Document replay : document.getList("replays", Document.class, List.of())) {
            replays.add(new DeadLetter.Replay(replay.getDate("at").toInstant(), replay.getString("by"),
                    Boolean.TRUE.equals(replay.getBoolean("forced")), replay.getString("outcome")));
        }
        Number originalPartition = document.get("originalPartition", Number.class);
        Number originalOffset = document.get("originalOffset", Number.class);
        return new DeadLetter(document.getString("_id"), document.getString("deadLetterTopic"),
                document.get("deadLetterPartition", Number.class).intValue(),
                document.get("deadLetterOffset", Number.class).longValue(), document.getString("originalTopic"),
                originalPartition == null ? null : originalPartition.intValue(),
                originalOffset == null ? null : originalOffset.longValue(), document.getString("group"),
                document.getString("key"), headers, document.getString("payload"),
                document.getString("exceptionClass"), document.getString("exceptionMessage"),
                document.getDate("firstSeenAt").toInstant(), DeadLetter.Status.valueOf(document.getString("status")),
                replays);
    }
}
