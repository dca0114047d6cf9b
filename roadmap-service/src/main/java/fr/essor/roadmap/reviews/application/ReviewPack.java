package fr.essor.roadmap.reviews.application;

import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.reviews.domain.ActionMove;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;

import java.time.Instant;
import java.util.List;

/**
 * A review with what changed over its period [{@code review.periodStart()}, {@code periodEnd}): how the actions
 * moved, what was measured on the indicators, and the facts of the other services that moved them.
 */
public record ReviewPack(QuarterlyReview review, Instant periodEnd, List<ActionMove> moves,
                         List<IndicatorMove> indicators, List<Contribution> facts) {

    /** One indicator's activity over the period: values recorded by hand and facts counted. */
    public record IndicatorMove(String indicatorId, String name, String unit, List<ManualValue> recorded,
                                List<Contribution> facts) {
    }
}
