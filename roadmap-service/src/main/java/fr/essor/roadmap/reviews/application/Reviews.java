package fr.essor.roadmap.reviews.application;

import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.QuarterlyReviewPublished;

import java.util.List;
import java.util.Optional;

/** The quarterly reviews as stored, one per quarter; a save writes the new state and its fact in one document write. */
public interface Reviews {

    Optional<QuarterlyReview> find(String id);

    /** Every review, latest quarter first. */
    List<QuarterlyReview> all();

    /**
     * Adds a newly opened review.
     *
     * @throws AlreadyOpenedException when the quarter already has one
     */
    void add(QuarterlyReview review);

    /**
     * Saves a changed review if its stored version is still {@code expectedVersion}.
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when another write came first
     */
    void save(QuarterlyReview review, long expectedVersion, Optional<QuarterlyReviewPublished> published);

    class AlreadyOpenedException extends RuntimeException {
        public AlreadyOpenedException(String id) {
            super("Review " + id + " is already opened");
        }
    }
}
