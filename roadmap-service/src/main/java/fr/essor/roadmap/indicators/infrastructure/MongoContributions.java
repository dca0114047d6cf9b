package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.domain.Contribution;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * Contributions in MongoDB (collection {@code indicator_contributions}), one document per (indicator, event id) used
 * as {@code _id}: the insert of a fact already applied collides with itself, so nothing counts twice.
 */
public class MongoContributions implements Contributions {

    static final String COLLECTION = "indicator_contributions";

    private final MongoTemplate mongo;

    public MongoContributions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean record(Contribution c) {
        Document document = new Document("_id", c.id())
                .append("indicatorId", c.indicatorId())
                .append("eventId", c.eventId())
                .append("eventType", c.eventType())
                .append("aggregateId", c.aggregateId())
                .append("aggregateVersion", c.aggregateVersion())
                .append("year", c.year())
                .append("territoryCode", c.territoryCode())
                .append("value", c.value().toPlainString())
                .append("distinctKey", c.distinctKey())
                .append("label", c.label())
                .append("occurredAt", Date.from(c.occurredAt()));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    @Override
    public List<Contribution> of(String indicatorId) {
        return mongo.find(Query.query(Criteria.where("indicatorId").is(indicatorId)), Document.class, COLLECTION)
                .stream().map(MongoContributions::toContribution).toList();
    }

    @Override
    public long clear() {
        return mongo.remove(new Query(), COLLECTION).getDeletedCount();
    }

    private static Contribution toContribution(Document d) {
        return new Contribution(d.getString("indicatorId"), d.getString("eventId"), d.getString("eventType"),
                d.getString("aggregateId"), ((Number) d.get("aggregateVersion")).longValue(), d.getInteger("year"),
                d.getString("territoryCode"), new BigDecimal(d.getString("value")), d.getString("distinctKey"),
                d.getString("label"), d.getDate("occurredAt").toInstant());
    }
}
