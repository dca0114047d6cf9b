package fr.essor.roadmap.reviews.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;
import java.util.Optional;

/** What asking a review to change gave: its new state (with the fact when published), or a typed refusal. */
public sealed interface ReviewOutcome {

    record Changed(QuarterlyReview review, Optional<QuarterlyReviewPublished> published) implements ReviewOutcome {
    }

    /** The request breaks a rule (bad field, wrong step of the review): nothing changes. */
    record Refused(List<Violation> violations) implements ReviewOutcome {
        public Refused {
            violations = List.copyOf(violations);
        }
    }

    /** This person may not do it. */
    record Forbidden(String reason) implements ReviewOutcome {
    }

    /** The action named by the request is not part of the review. */
    record Missing(String message) implements ReviewOutcome {
    }
}
