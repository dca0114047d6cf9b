package fr.essor.kit.ept;

import fr.essor.kit.indexes.QueryIndex;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;

/** The MongoDB query of one page of a feed over a collection whose documents carry their time of change. */
public final class MongoFeedQueries {

    private MongoFeedQueries() {
    }

    /**
     * The documents in {@code scope} whose ({@code timeField}, {@code _id}) is after the window's cursor and whose
     * time is settled, in that order, at most the window's limit.
     */
    /**
     * The index a feed's pages need (ADR-0025): the scope's equality field, then the page's order ({@code timeField},
     * {@code _id}), which also bounds the settled range and the cursor.
     */
    public static QueryIndex index(String collection, String name, String scopeField, String timeField) {
        return QueryIndex.on(collection, name).asc(scopeField).asc(timeField).asc("_id");
    }

    public static Query page(Criteria scope, String timeField, FeedWindow window) {
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(scope);
        conditions.add(Criteria.where(timeField).lte(window.settledUntil()));
        FeedCursor after = window.after();
        if (after != null) {
            conditions.add(new Criteria().orOperator(Criteria.where(timeField).gt(after.changedAt()),
                    new Criteria().andOperator(Criteria.where(timeField).is(after.changedAt()),
                            Criteria.where("_id").gt(after.id()))));
        }
        return Query.query(new Criteria().andOperator(conditions))
                .with(Sort.by(Sort.Direction.ASC, timeField, "_id"))
                .limit(window.limit());
    }
}
