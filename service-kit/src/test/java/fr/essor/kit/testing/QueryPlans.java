package fr.essor.kit.testing;

import com.mongodb.client.FindIterable;
import fr.essor.kit.indexes.DeclaredIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a query costs on the store: the winning plan of {@code explain()} on a real MongoDB ({@code -Pcontainers};
 * mongo-java-server has no planner), and whether the declared indexes are all in the store (ADR-0025).
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The store is a real MongoDB (Testcontainers), whose planner {@code explain()} shows. */
    public static boolean onRealMongoDb() {
        return Boolean.getBoolean("essor.it.containers");
    }

    /** The stages and index names of a query's winning plan, as MongoDB chose it. */
    public record Plan(List<String> stages, Set<String> indexes, Document winningPlan) {
    }

    public static Plan explain(MongoTemplate mongo, String collection, Query query) {
        QueryMapper mapper = new QueryMapper(mongo.getConverter());
        FindIterable<Document> find = mongo.getCollection(collection)
                .find(mapper.getMappedObject(query.getQueryObject(), (MongoPersistentEntity<?>) null))
                .sort(mapper.getMappedSort(query.getSortObject(), (MongoPersistentEntity<?>) null));
        if (query.getLimit() > 0) {
            find.limit(query.getLimit());
        }
        Document winningPlan = find.explain().get("queryPlanner", Document.class).get("winningPlan", Document.class);
        List<String> stages = new ArrayList<>();
        Set<String> indexes = new TreeSet<>();
        walk(winningPlan, stages, indexes);
        return new Plan(stages, indexes, winningPlan);
    }

    /**
     * Asserts that MongoDB answers the query by scanning indexes (never the collection) and only the ones named: the
     * declared indexes that serve it.
     */
    public static void assertServedBy(MongoTemplate mongo, String collection, Query query, String... indexNames) {
        Plan plan = explain(mongo, collection, query);
        String shown = collection + " " + query + " → " + plan.winningPlan().toJson();
        assertThat(plan.stages()).as(shown).doesNotContain("COLLSCAN")
                .anyMatch(stage -> stage.endsWith("IXSCAN") || stage.equals("DISTINCT_SCAN"));
        assertThat(plan.indexes()).as(shown).isNotEmpty().isSubsetOf(Arrays.asList(indexNames));
    }

    /** Asserts that the store lists every index the service declared, with nothing refused. */
    public static void assertAllDeclaredIndexesExist(MongoTemplate mongo, DeclaredIndexes declared) {
        assertThat(declared.refused()).isEmpty();
        for (QueryIndex index : declared.created()) {
            List<String> names = mongo.getCollection(index.collection()).listIndexes().map(d -> d.getString("name"))
                    .into(new ArrayList<>());
            assertThat(names).as(index.collection()).contains(index.name());
        }
    }

    private static void walk(Object node, List<String> stages, Set<String> indexes) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            if (document.get("indexName") instanceof String name) {
                indexes.add(name);
            }
            document.values().forEach(value -> walk(value, stages, indexes));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> walk(value, stages, indexes));
        }
    }
}
