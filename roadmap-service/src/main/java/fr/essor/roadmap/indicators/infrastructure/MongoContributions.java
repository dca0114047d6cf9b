package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.RecordedContribution;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Contributions in MongoDB (collection {@code indicator_contributions}), one document per (indicator, event id) used
 * as {@code _id}: the insert of a fact already applied collides with itself, so nothing counts twice. Each one
 * keeps when it was recorded ({@code recordedAt}), the time of change of the EPT feed of indicator values; one stored
 * before that field existed counts as recorded when its fact happened.
 */
public class MongoContributions implements Contributions, DeclaresIndexes {

    static final String COLLECTION = "indicator_contributions";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoContributions(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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
                .append("occurredAt", Date.from(c.occurredAt()))
                .append("recordedAt", Date.from(clock.instant()));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    /**
     * {@link #of} and {@link #recordedOf} an indicator; {@link #recordedSince} (both branches of its {@code $or}:
     * recorded since, or never recorded and occurred since).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "indicator_contributions_indicator").asc("indicatorId"),
                QueryIndex.on(COLLECTION, "indicator_contributions_recorded").asc("recordedAt").asc("occurredAt"));
    }

    @Override
    public List<Contribution> of(String indicatorId) {
        return mongo.find(Query.query(Criteria.where("indicatorId").is(indicatorId)), Document.class, COLLECTION)
                .stream().map(MongoContributions::toContribution).toList();
    }

    @Override
    public List<RecordedContribution> recordedOf(String indicatorId) {
        return mongo.find(Query.query(Criteria.where("indicatorId").is(indicatorId)), Document.class, COLLECTION)
                .stream().map(d -> {
                    Contribution contribution = toContribution(d);
                    Date recordedAt = d.getDate("recordedAt");
                    return new RecordedContribution(contribution,
                            recordedAt == null ? contribution.occurredAt() : recordedAt.toInstant());
                }).toList();
    }

    @Override
    public boolean recordedSince(Instant since) {
        Date from = Date.from(since);
        return mongo.exists(Query.query(new Criteria().orOperator(Criteria.where("recordedAt").gte(from),
                new Criteria().andOperator(Criteria.where("recordedAt").is(null),
                        Criteria.where("occurredAt").gte(from)))), COLLECTION);
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
