package fr.essor.kit.indexes;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One index of a collection, named, declared by the repository next to the queries it serves (ADR-0025): equality
 * fields first, then sort fields, then ranges. Immutable: each step answers a new declaration.
 */
public record QueryIndex(String collection, String name, List<Key> keys, Document partialFilter, Duration expireAfter) {

    public record Key(String field, Sort.Direction direction) {
    }

    public QueryIndex {
        Objects.requireNonNull(collection, "collection");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an index of " + collection + " needs a name");
        }
        keys = List.copyOf(keys);
    }

    /** A declaration without keys yet: add them with {@link #asc} and {@link #desc}, in the order of the ESR rule. */
    public static QueryIndex on(String collection, String name) {
        return new QueryIndex(collection, name, List.of(), null, null);
    }

    public QueryIndex asc(String field) {
        return with(new Key(field, Sort.Direction.ASC));
    }

    public QueryIndex desc(String field) {
        return with(new Key(field, Sort.Direction.DESC));
    }

    /** Only the documents matching {@code filter} are in the index (a query must imply the filter to use it). */
    public QueryIndex partial(Criteria filter) {
        return new QueryIndex(collection, name, keys, filter.getCriteriaObject(), expireAfter);
    }

    /** A TTL index: MongoDB removes a document once its (date) key is older than {@code after}. */
    public QueryIndex expireAfter(Duration after) {
        return new QueryIndex(collection, name, keys, partialFilter, after);
    }

    private QueryIndex with(Key key) {
        List<Key> more = new ArrayList<>(keys);
        more.add(key);
        return new QueryIndex(collection, name, more, partialFilter, expireAfter);
    }

    /** The definition Spring Data sends in {@code createIndexes}. */
    public Index definition() {
        if (keys.isEmpty()) {
            throw new IllegalStateException("index " + name + " of " + collection + " has no key");
        }
        Index index = new Index().named(name);
        keys.forEach(key -> index.on(key.field(), key.direction()));
        if (partialFilter != null) {
            index.partial(PartialIndexFilter.of(partialFilter));
        }
        if (expireAfter != null) {
            index.expire(expireAfter);
        }
        return index;
    }
}
