package fr.essor.kit.webhooks;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries and their attempt log. Every change is one single-document write: an attempt is recorded together
 * with the delivery's next state, and only by the dispatcher instance that holds the delivery's lease.
 */
public class WebhookDeliveries implements DeclaresIndexes {

    private final MongoTemplate mongo;

    public WebhookDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records a new delivery; {@code false} when it already exists (the same event read again). */
    public boolean create(WebhookDelivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    public Optional<WebhookDelivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookDelivery.class));
    }

    /**
     * {@link #ofSubscription} (and the updates and removal by subscription), {@link #latest}, and the due deliveries
     * of {@link #claimDue} (status, then the {@code nextAttemptAt} sort and range; the lease is filtered on fetch).
     */
    @Override
    public List<QueryIndex> indexes() {
        String deliveries = WebhookDelivery.COLLECTION;
        return List.of(QueryIndex.on(deliveries, "webhook_deliveries_subscription").asc("subscriptionId")
                        .desc("createdAt").desc("_id"),
                QueryIndex.on(deliveries, "webhook_deliveries_latest").desc("createdAt").desc("_id"),
                QueryIndex.on(deliveries, "webhook_deliveries_due").asc("status").asc("nextAttemptAt"));
    }

    /** The most recent deliveries of a subscription first. */
    public List<WebhookDelivery> ofSubscription(String subscriptionId, int limit) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit), WebhookDelivery.class);
    }

    public List<WebhookDelivery> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit),
                WebhookDelivery.class);
    }

    /**
     * Leases up to {@code batch} deliveries due now: one query finds candidates, then each is leased by id with a
     * {@code findAndModify} that re-checks it is still due and free (another instance may have taken it).
     */
    public List<WebhookDelivery> claimDue(Instant now, Instant leaseUntil, String owner, int batch) {
        Query candidates = Query.query(due(now)).with(Sort.by("nextAttemptAt")).limit(batch);
        candidates.fields().include("_id");
        List<WebhookDelivery> claimed = new ArrayList<>();
        for (Document candidate : mongo.find(candidates, Document.class, WebhookDelivery.COLLECTION)) {
            WebhookDelivery leased = mongo.findAndModify(
                    Query.query(new Criteria().andOperator(Criteria.where("_id").is(candidate.get("_id")), due(now))),
                    new Update().set("leaseUntil", leaseUntil).set("leaseOwner", owner),
                    FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class);
            if (leased != null) {
                claimed.add(leased);
            }
        }
        return claimed;
    }

    private static Criteria due(Instant now) {
        return new Criteria().andOperator(Criteria.where("status").is(WebhookDelivery.Status.PENDING),
                Criteria.where("nextAttemptAt").lte(now),
                new Criteria().orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
    }

    /**
     * Records an attempt and the state that follows it, releasing the lease; nothing when this owner no longer holds
     * the lease (another instance took the delivery over: its own attempt will be recorded instead).
     */
    public boolean attempted(String id, String owner, WebhookDelivery.Attempt attempt, WebhookDelivery.Status next,
                             int retryStep, Instant nextAttemptAt) {
        Update update = new Update().push("attempts", attempt).set("status", next).set("retryStep", retryStep)
                .set("nextAttemptAt", nextAttemptAt).unset("leaseUntil").unset("leaseOwner");
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("leaseOwner").is(owner)), update,
                WebhookDelivery.class).getModifiedCount() == 1;
    }

    /** Parks a leased delivery whose subscription is disabled. */
    public void hold(String id, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("leaseOwner").is(owner)),
                new Update().set("status", WebhookDelivery.Status.HELD).unset("leaseUntil").unset("leaseOwner"),
                WebhookDelivery.class);
    }

    /** Parks every waiting delivery of a subscription that was just disabled. */
    public void holdAll(String subscriptionId) {
        mongo.updateMulti(Query.query(Criteria.where("subscriptionId").is(subscriptionId)
                        .and("status").is(WebhookDelivery.Status.PENDING)),
                new Update().set("status", WebhookDelivery.Status.HELD), WebhookDelivery.class);
    }

    /** Sends again, now and from the start of the retry schedule, every held delivery of a re-enabled subscription. */
    public void releaseAll(String subscriptionId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("subscriptionId").is(subscriptionId)
                        .and("status").is(WebhookDelivery.Status.HELD)),
                new Update().set("status", WebhookDelivery.Status.PENDING).set("retryStep", 0)
                        .set("nextAttemptAt", now), WebhookDelivery.class);
    }

    /**
     * Schedules a delivered or failed delivery again, now and from the start of the retry schedule, with the same
     * {@code webhookId} and body; empty when it is not in one of those states.
     */
    public Optional<WebhookDelivery> replay(String id, Collection<WebhookDelivery.Status> from,
                                            WebhookDelivery.Replay replay) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").in(from)),
                new Update().set("status", WebhookDelivery.Status.PENDING).set("retryStep", 0)
                        .set("nextAttemptAt", replay.at()).push("replays", replay),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class));
    }

    public void deleteOfSubscription(String subscriptionId) {
        mongo.remove(Query.query(Criteria.where("subscriptionId").is(subscriptionId)), WebhookDelivery.class);
    }
}
