package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.RoadmapTree;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The roadmap tree for the API. Progress is in percent with one decimal, {@code null} when there is nothing to
 * average (e.g. every action of an objective abandoned). Objective = mean of its actions except abandoned ones;
 * challenge = mean of its objectives.
 */
public record RoadmapView(List<ChallengeView> challenges) {

    public record ChallengeView(String code, String title, Double progress, List<ObjectiveView> objectives) {
    }

    public record ObjectiveView(String code, String name, String title, Double progress,
                                List<ActionSummaryView> actions) {
    }

    static RoadmapView of(RoadmapTree tree) {
        return new RoadmapView(tree.challenges().stream().map(c -> new ChallengeView(c.code(), c.title(),
                rounded(c.progress()), c.objectives().stream().map(o -> new ObjectiveView(o.code(), o.name(),
                        o.title(), rounded(o.progress()), o.actions().stream().map(ActionSummaryView::of).toList()))
                        .toList()))
                .toList());
    }

    static Double rounded(OptionalDouble progress) {
        return progress.isPresent() ? Math.round(progress.getAsDouble() * 10) / 10.0 : null;
    }
}
