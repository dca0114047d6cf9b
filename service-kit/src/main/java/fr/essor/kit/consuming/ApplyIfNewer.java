package fr.essor.kit.consuming;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The versioned "apply if newer" write of a projection (an organisation copy, a directory entry, a dealing, a
 * supplier's fact): one conditional upsert of one document, whose filter matches only while what is held is older
 * than the fact. A redelivered, replayed or older fact matches nothing, its upsert collides with the existing id and
 * nothing is written; a document inserted meanwhile by a concurrent writer (the live binding and a rebuild's replay,
 * ADR-0024) is decided again by the same condition as an update. The effect and its "already applied" marker are
 * thus one single-document write (ARCHITECTURE §3.3).
 */
public class ApplyIfNewer {

    /** The field holding the version of the upstream aggregate that the document shows. */
    public static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final String collection;

    public ApplyIfNewer(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Held is older: no {@code versionField} yet, or a lower one. */
    public static Criteria olderThan(String versionField, long version) {
        return new Criteria().orOperator(Criteria.where(versionField).exists(false),
                Criteria.where(versionField).lt(version));
    }

    /**
     * Applies {@code update} to document {@code id}, and sets its {@link #VERSION}, when it holds no version or a lower
     * one; inserts it when absent.
     *
     * @return whether the fact was applied (false: a redelivery, a replay or an older fact)
     */
    public boolean apply(Object id, long version, Update update) {
        return apply(id, olderThan(VERSION, version), update.set(VERSION, version));
    }

    /**
     * Applies {@code update} to document {@code id} when {@code heldIsOlder} matches it (a version elsewhere, a
     * tie-break on time or origin), inserting it when absent.
     *
     * @return whether the fact was applied (false: what is held is as recent or more)
     */
    public boolean apply(Object id, Criteria heldIsOlder, Update update) {
        Query query = Query.query(Criteria.where("_id").is(id).andOperator(heldIsOlder));
        try {
            mongo.upsert(query, update, collection);
            return true;
        } catch (DuplicateKeyException heldOrJustInserted) {
            return mongo.updateFirst(query, update, collection).getModifiedCount() > 0;
        }
    }
}
