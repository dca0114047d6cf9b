package fr.essor.platform;

import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with the {@code _id} index used by every query that names one {@code _id} (or a
 * {@code $in} of them) at its top level, whatever else it asks, and the secondary indexes the services declare built
 * ({@link LeadingFieldIndex}) instead of ignored.
 * <p>
 * mongo-java-server uses an index only when the query holds exactly the index's fields: {@code {_id: x, version: 3}}
 * (the outbox's guarded update), {@code {_id: x, $or: [...]}} (a consumer's "apply if newer") or
 * {@code {_id: {$in: [...]}, outboxLeaseOwner: o}} (the relay) were each answered by reading and matching every
 * document of the collection, so each such write cost time in proportion to the collection: at 10 000 organisations
 * the store spent its CPU matching documents and the consumers fell behind (issue 15's fault suite, N = 10 000). Here
 * the index finds the one document (or the few) by {@code _id}, and the whole query is then matched against them as
 * before, so the answer is the same; a real MongoDB plans these queries on {@code _id} too.
 */
final class IdLookup {

    private IdLookup() {
    }

    /** The H2 backend whose databases use {@link IdIndex} for {@code _id}. */
    static final class Backend extends H2Backend {

        Backend(MVStore store) {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getMvStore(), getCursorRegistry());
        }
    }

    private static final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            Index<Object> index = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            return keys.size() == 1 && keys.getFirst().getKey().equals(ID) && !sparse ? new IdIndex(index) : index;
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            return new LeadingFieldIndex(indexName, keys);
        }
    }

    static final String ID = "_id";

    /** The {@code _id} index, also for a query that names an {@code _id} beside other conditions. */
    static final class IdIndex extends Index<Object> {

        private final Index<Object> delegate;

        IdIndex(Index<Object> delegate) {
            super(delegate.getName(), delegate.getKeys(), false);
            this.delegate = delegate;
        }

        @Override
        public boolean canHandle(Document query) {
            return delegate.canHandle(query) || namesIds(query.get(ID));
        }

        /** One {@code _id} value, or {@code {$in: [...]}}: never another operator ({@code $ne}, {@code $gt}…). */
        static boolean namesIds(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof Document condition) {
                return condition.size() == 1 && condition.get("$in") instanceof Collection<?>;
            }
            return true;
        }

        @Override
        public Iterable<Object> getPositions(Document query) {
            // the candidates by _id alone; the collection then matches the whole query against them
            return delegate.canHandle(query) ? delegate.getPositions(query)
                    : delegate.getPositions(new Document(ID, query.get(ID)));
        }

        @Override
        public Object getPosition(Document document) {
            return delegate.getPosition(document);
        }

        @Override
        public void checkAdd(Document document, MongoCollection<Object> collection) {
            delegate.checkAdd(document, collection);
        }

        @Override
        public void add(Document document, Object position, MongoCollection<Object> collection) {
            delegate.add(document, position, collection);
        }

        @Override
        public Object remove(Document document) {
            return delegate.remove(document);
        }

        @Override
        public long getCount() {
            return delegate.getCount();
        }

        @Override
        public long getDataSize() {
            return delegate.getDataSize();
        }

        @Override
        public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
            delegate.checkUpdate(oldDocument, newDocument, collection);
        }

        @Override
        public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                  MongoCollection<Object> collection) throws KeyConstraintError {
            delegate.updateInPlace(oldDocument, newDocument, position, collection);
        }

        @Override
        public void drop() {
            delegate.drop();
        }

        @Override
        public boolean isUnique() {
            return true;
        }
    }
}
