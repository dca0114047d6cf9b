package fr.essor.roadmap.reviews.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.reviews.application.Reviews;
import fr.essor.roadmap.reviews.domain.ActionUpdate;
import fr.essor.roadmap.reviews.domain.Quarter;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.QuarterlyReviewPublished;
import fr.essor.roadmap.reviews.domain.ReviewStatus;
import fr.essor.roadmap.reviews.domain.ReviewedAction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The reviews in MongoDB: each save writes the new state and its publication fact in one document write (outbox). */
public class MongoReviews implements Reviews {

    static final String COLLECTION = "roadmap_reviews";
    static final String TOPIC_FAMILY = "reviews";
    static final String PUBLISHED = "quarterly-review-published";

    private final AggregateStore<ReviewDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoReviews(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                        JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, ReviewDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<QuarterlyReview> find(String id) {
        return store.find(id).map(MongoReviews::toReview);
    }

    @Override
    public List<QuarterlyReview> all() {
        return store.find(new Query()).stream().map(MongoReviews::toReview)
                .sorted(Comparator.comparing(QuarterlyReview::quarter).reversed()).toList();
    }

    @Override
    public void add(QuarterlyReview review) {
        if (!store.insertIfAbsent(toDocument(review), List.of())) {
            throw new AlreadyOpenedException(review.id());
        }
    }

    @Override
    public void save(QuarterlyReview review, long expectedVersion, Optional<QuarterlyReviewPublished> published) {
        store.update(review.id(), expectedVersion, toDocument(review),
                published.map(this::toWire).stream().toList());
    }

    private OutgoingEvent toWire(QuarterlyReviewPublished event) {
        List<QuarterlyReviewPublishedPayload.ActionPayload> actions = event.actions().stream()
                .map(a -> new QuarterlyReviewPublishedPayload.ActionPayload(a.actionCode(), a.status().name(),
                        a.progress(), a.updated(), a.blocked())).toList();
        QuarterlyReviewPublishedPayload payload = new QuarterlyReviewPublishedPayload(event.eventId(),
                event.reviewId(), event.version(), event.year(), event.quarter(), event.periodStart().toString(),
                event.consolidatedAt().toString(), actions.size(),
                (int) actions.stream().filter(QuarterlyReviewPublishedPayload.ActionPayload::updated).count(),
                actions, event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type(PUBLISHED, 1), eventTypes.source(),
                event.reviewId(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(),
                json.writeValueAsString(payload));
    }

    static ReviewDocument toDocument(QuarterlyReview r) {
        return new ReviewDocument(r.id(), r.quarter().year(), r.quarter().quarter(), r.status().name(),
                r.periodStart(),
                r.actions().stream().map(a -> new ReviewDocument.ReviewedActionDocument(a.code(), a.title(),
                        a.leadDirectorates().stream().map(Directorate::name).toList(), a.status().name(),
                        a.progress())).toList(),
                r.updates().stream().map(u -> new ReviewDocument.UpdateDocument(u.actionCode(), u.status().name(),
                        u.progress(), u.comment(), u.blockingPoints(), u.submittedAt(), u.submittedBy())).toList(),
                r.openedAt(), r.openedBy(), r.consolidatedAt(), r.consolidatedBy(), r.publishedAt(),
                r.publishedBy(), r.version());
    }

    static QuarterlyReview toReview(ReviewDocument d) {
        return new QuarterlyReview(new Quarter(d.year(), d.quarter()), ReviewStatus.valueOf(d.status()),
                d.periodStart(),
                list(d.actions()).stream().map(a -> new ReviewedAction(a.code(), a.title(),
                        list(a.leadDirectorates()).stream().map(Directorate::valueOf).toList(),
                        ActionStatus.valueOf(a.status()), a.progress())).toList(),
                list(d.updates()).stream().map(u -> new ActionUpdate(u.actionCode(), ActionStatus.valueOf(u.status()),
                        u.progress(), u.comment(), u.blockingPoints(), u.submittedAt(), u.submittedBy())).toList(),
                d.openedAt(), d.openedBy(), d.consolidatedAt(), d.consolidatedBy(), d.publishedAt(),
                d.publishedBy(), d.version());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
