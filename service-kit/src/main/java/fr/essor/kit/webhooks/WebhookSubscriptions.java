package fr.essor.kit.webhooks;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The EPTs' subscriptions, in this service's store; each change is one single-document write. */
public class WebhookSubscriptions implements DeclaresIndexes {

    private final MongoTemplate mongo;

    public WebhookSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(WebhookSubscription subscription) {
        mongo.insert(subscription);
    }

    public Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookSubscription.class));
    }

    /** {@link #ofTerritory}, {@link #countOfTerritory}, {@link #all} and {@link #subscribersOf} (a few per territory). */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(WebhookSubscription.COLLECTION, "webhook_subscriptions_territory")
                .asc("territory").asc("createdAt").asc("_id"));
    }

    public List<WebhookSubscription> ofTerritory(String territory) {
        return mongo.find(Query.query(Criteria.where("territory").is(territory))
                .with(Sort.by("createdAt", "_id")), WebhookSubscription.class);
    }

    public long countOfTerritory(String territory) {
        return mongo.count(Query.query(Criteria.where("territory").is(territory)), WebhookSubscription.class);
    }

    public List<WebhookSubscription> all() {
        return mongo.find(new Query().with(Sort.by("territory", "createdAt", "_id")), WebhookSubscription.class);
    }

    /** The subscriptions (enabled or not) of a territory that want this type. */
    public List<WebhookSubscription> subscribersOf(String territory, String type) {
        return mongo.find(Query.query(Criteria.where("territory").is(territory).and("eventTypes").is(type)),
                WebhookSubscription.class);
    }

    public Optional<WebhookSubscription> update(String id, Update update) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
                FindAndModifyOptions.options().returnNew(true), WebhookSubscription.class));
    }

    public void delete(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), WebhookSubscription.class);
    }

    /** A successful delivery ends the subscription's streak of failures. */
    public void succeeded(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("consecutiveFailures").gt(0)),
                new Update().set("consecutiveFailures", 0), WebhookSubscription.class);
    }

    /**
     * One more failed attempt; the subscription is disabled when its streak reaches {@code disableAfter}. Answers the
     * subscription after the change, and whether this failure disabled it.
     */
    public Optional<Failure> failed(String id, int disableAfter, Instant now) {
        WebhookSubscription after = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("consecutiveFailures", 1), FindAndModifyOptions.options().returnNew(true),
                WebhookSubscription.class);
        if (after == null) {
            return Optional.empty();
        }
        if (after.enabled() && after.consecutiveFailures() >= disableAfter) {
            WebhookSubscription disabled = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(id).and("status").is(WebhookSubscription.Status.ENABLED)),
                    new Update().set("status", WebhookSubscription.Status.DISABLED)
                            .set("disabledReason", "Désactivée automatiquement après " + after.consecutiveFailures()
                                    + " tentatives échouées de suite")
                            .set("disabledAt", now).set("updatedAt", now).set("updatedBy", "essor-webhooks"),
                    FindAndModifyOptions.options().returnNew(true), WebhookSubscription.class);
            if (disabled != null) {
                return Optional.of(new Failure(disabled, true));
            }
        }
        return Optional.of(new Failure(after, false));
    }

    public record Failure(WebhookSubscription subscription, boolean disabledNow) {
    }
}
