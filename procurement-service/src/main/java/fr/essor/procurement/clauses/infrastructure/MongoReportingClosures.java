package fr.essor.procurement.clauses.infrastructure;

import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.procurement.clauses.application.ReportingClosures;
import fr.essor.procurement.clauses.domain.ReportingClosure;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reporting closure in MongoDB: one document, written with a version guard (it publishes no fact). */
public class MongoReportingClosures implements ReportingClosures {

    static final String COLLECTION = "insertion-reporting";
    static final String ID = "closure";

    record ClosureDocument(String id, String closedThrough, long version, Instant closedAt, String closedBy) {
    }

    private final MongoTemplate mongo;
    private final OutboxStore store;

    public MongoReportingClosures(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public ReportingClosure current() {
        ClosureDocument doc = mongo.findById(ID, ClosureDocument.class, COLLECTION);
        return doc == null ? ReportingClosure.none() : new ReportingClosure(LocalDate.parse(doc.closedThrough()),
                doc.version(), doc.closedAt(), doc.closedBy());
    }

    @Override
    public void save(ReportingClosure closure, long expectedVersion) {
        ClosureDocument doc = new ClosureDocument(ID, closure.closedThrough().toString(), closure.version(),
                closure.closedAt(), closure.closedBy());
        if (expectedVersion == 0) {
            try {
                store.insert(COLLECTION, doc, List.of());
            } catch (DuplicateKeyException e) {
                throw new StaleAggregateException(COLLECTION, ID, expectedVersion);
            }
        } else {
            store.update(COLLECTION, ID, expectedVersion, doc, List.of());
        }
    }
}
