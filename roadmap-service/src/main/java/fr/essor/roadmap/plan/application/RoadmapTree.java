package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;

import java.util.List;
import java.util.OptionalDouble;

/** The roadmap as a tree, challenges → objectives → actions, with progress rolled up (see ProgressRollup). */
public record RoadmapTree(List<ChallengeNode> challenges) {

    public record ChallengeNode(String code, String title, OptionalDouble progress, List<ObjectiveNode> objectives) {
    }

    public record ObjectiveNode(String code, String name, String title, OptionalDouble progress,
                                List<Action> actions) {
    }
}
