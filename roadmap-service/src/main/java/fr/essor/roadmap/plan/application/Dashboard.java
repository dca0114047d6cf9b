package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.util.List;
import java.util.Map;

/**
 * The steering view of the roadmap: the rolled-up tree, how many actions are in each status, how many each
 * directorate leads (an action with two lead directorates counts for both), how many have no lead yet, the late
 * ones and the stale ones (see {@link fr.essor.roadmap.plan.domain.Staleness}).
 */
public record Dashboard(RoadmapTree tree, int actionCount, Map<ActionStatus, Long> byStatus,
                        Map<Directorate, Long> byLeadDirectorate, long withoutLead, List<Action> late,
                        List<Action> stale) {
}
