package fr.essor.foncier.premises.infrastructure;

import fr.essor.foncier.premises.application.ReferenceNumbers;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One counter document per series (collection {@code premises_counters}), incremented atomically. */
public class MongoReferenceNumbers implements ReferenceNumbers {

    static final String COLLECTION = "premises_counters";

    private final MongoTemplate mongo;

    public MongoReferenceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long next(String series) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(series)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }
}
