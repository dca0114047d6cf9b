package fr.essor.roadmap.reviews.application;

import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.reviews.domain.ActionMove;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the reviews, each with what changed since the previous one (the review pack of the committee). */
public class ReviewPacks {

    private final Reviews reviews;
    private final Actions actions;
    private final Indicators indicators;
    private final Contributions contributions;
    private final Clock clock;

    public ReviewPacks(Reviews reviews, Actions actions, Indicators indicators, Contributions contributions,
                       Clock clock) {
        this.reviews = reviews;
        this.actions = actions;
        this.indicators = indicators;
        this.contributions = contributions;
        this.clock = clock;
    }

    public List<QuarterlyReview> all() {
        return reviews.all();
    }

    /** The pack of a review; until it is consolidated, its period runs up to now. */
    public Optional<ReviewPack> pack(String reviewId) {
        return reviews.find(reviewId).map(review -> {
            Instant from = review.periodStart();
            Instant until = review.consolidatedAt() != null ? review.consolidatedAt() : clock.instant();
            List<ActionMove> moves = ActionMove.between(actions.all(), from, until);
            List<ReviewPack.IndicatorMove> indicatorMoves = new ArrayList<>();
            Map<String, Contribution> facts = new LinkedHashMap<>();
            for (Indicator indicator : indicators.all()) {
                List<ManualValue> recorded = indicator.values().stream()
                        .filter(v -> within(v.recordedAt(), from, until))
                        .sorted(Comparator.comparing(ManualValue::recordedAt)).toList();
                List<Contribution> counted = contributions.of(indicator.id()).stream()
                        .filter(c -> within(c.occurredAt(), from, until))
                        .sorted(Comparator.comparing(Contribution::occurredAt)).toList();
                if (!recorded.isEmpty() || !counted.isEmpty()) {
                    indicatorMoves.add(new ReviewPack.IndicatorMove(indicator.id(), indicator.definition().name(),
                            indicator.definition().unit(), recorded, counted));
                }
                counted.forEach(c -> facts.putIfAbsent(c.eventId(), c)); // a fact moving two indicators is one fact
            }
            indicatorMoves.sort(Comparator.comparing(ReviewPack.IndicatorMove::name));
            List<Contribution> happened = facts.values().stream()
                    .sorted(Comparator.comparing(Contribution::occurredAt)).toList();
            return new ReviewPack(review, until, moves, indicatorMoves, happened);
        });
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
