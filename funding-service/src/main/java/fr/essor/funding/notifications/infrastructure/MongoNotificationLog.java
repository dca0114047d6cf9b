package fr.essor.funding.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.notifications.application.NotificationLog;
import fr.essor.funding.notifications.domain.Notification;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The notifications in MongoDB (collection {@code notifications}, id = idempotency key). */
class MongoNotificationLog implements NotificationLog, DeclaresIndexes {

    static final String COLLECTION = "notifications";

    private final MongoTemplate mongo;

    MongoNotificationLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Notification.class, COLLECTION));
    }

    @Override
    public boolean addIfAbsent(Notification notification) {
        try {
            mongo.insert(notification, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void markSent(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("status", Notification.Status.SENT.name()).set("sentAt", at), COLLECTION);
    }

    /** {@link #latest}: the most recent notifications first. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "notifications_latest").desc("createdAt"));
    }

    @Override
    public List<Notification> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit),
                Notification.class, COLLECTION);
    }
}
