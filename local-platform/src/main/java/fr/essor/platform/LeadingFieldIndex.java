package fr.essor.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A secondary (non-unique) index of the embedded store, which mongo-java-server accepts but does not build (it
 * answers every query on another field than {@code _id} by reading the whole collection): the documents by the value
 * of the index's <em>leading</em> field, kept in memory and rebuilt from the collection when the store opens.
 * <p>
 * It takes a query that asks the leading field for one plain value, or an {@code $in} of plain values (a string, a
 * number, a boolean, a date, an ObjectId, a UUID), whatever else the query asks, and gives the documents holding such
 * a value there: a superset of the answer, which the collection then matches against the whole query as it does
 * without an index. Hence what it does not model it may ignore, and the answer stays the same: the other fields of a
 * compound index, its order, a partial filter, a TTL. A field holding an array is indexed by each element, as MongoDB
 * does. It takes no other query ({@code null}, ranges, regular expressions, a subdocument, an array): those read the
 * collection as before. The first index of a collection that takes a query serves it, so {@code _id} comes first.
 */
final class LeadingFieldIndex extends Index<Object> {

    private final String field;
    /** The positions of the documents by the normalised value of the leading field. */
    private final Map<Object, Set<Object>> positionsByValue = new HashMap<>();
    /** What is indexed of each document, by its {@code _id}: its position and the values it is listed under. */
    private final Map<Object, Entry> entriesById = new HashMap<>();

    private record Entry(Object position, Set<Object> values) {
    }

    LeadingFieldIndex(String name, List<IndexKey> keys) {
        // sparse: a document it does not hold is not an error on removal (it holds them all, but the collection
        // would otherwise fail a removal on it where answering "not here" is safe)
        super(name, keys, true);
        this.field = keys.getFirst().getKey();
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        Object asked = query.get(field);
        if (asked instanceof Document condition) {
            return condition.size() == 1 && condition.get("$in") instanceof Collection<?> values
                    && !values.isEmpty() && values.stream().allMatch(LeadingFieldIndex::isPlain);
        }
        return isPlain(asked);
    }

    /** A value whose equality this index decides alone. */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Date || value instanceof Instant || value instanceof ObjectId
                || value instanceof UUID;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Object asked = query.get(field);
        Collection<?> values = asked instanceof Document condition ? (Collection<?>) condition.get("$in")
                : List.of(asked);
        Set<Object> positions = new LinkedHashSet<>();
        for (Object value : values) {
            positions.addAll(positionsByValue.getOrDefault(normalised(value), Set.of()));
        }
        return new ArrayList<>(positions);
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<Object> values = valuesOf(document);
        entriesById.put(idOf(document), new Entry(position, values));
        for (Object value : values) {
            positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Entry entry = entriesById.remove(idOf(document));
        if (entry == null) {
            return null;
        }
        unlist(entry);
        return entry.position();
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        Entry old = entriesById.remove(idOf(oldDocument));
        if (old != null) {
            unlist(old);
        }
        add(newDocument, position, collection);
    }

    private void unlist(Entry entry) {
        for (Object value : entry.values()) {
            Set<Object> positions = positionsByValue.get(value);
            if (positions != null) {
                positions.remove(entry.position());
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
    }

    /** The values the document is listed under: the leading field's, each element of an array. */
    private Set<Object> valuesOf(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        Set<Object> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> values.add(normalised(element)));
        } else {
            values.add(normalised(value));
        }
        return values;
    }

    /** Numbers by value whatever their type (1, 1L and 1.0 are one key, as MongoDB compares them); null for missing. */
    static Object normalised(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Number number) {
            return Utils.normalizeNumber(number);
        }
        return value;
    }

    private static Object idOf(Document document) {
        return normalised(document.get("_id"));
    }

    @Override
    public Object getPosition(Document document) {
        // the _id index places the documents; this one never decides a position on its own
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized long getCount() {
        return entriesById.size();
    }

    @Override
    public synchronized long getDataSize() {
        return positionsByValue.size();
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        entriesById.clear();
    }
}
