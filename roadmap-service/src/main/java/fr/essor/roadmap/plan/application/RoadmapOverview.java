package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.ProgressRollup;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import fr.essor.roadmap.plan.domain.Staleness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Read side of the plan: the rolled-up tree, filtered action lists and the dashboard. */
public class RoadmapOverview {

    private final PlanStructure structure;
    private final Actions actions;
    private final RelatedEvents relatedEvents;

    public RoadmapOverview(PlanStructure structure, Actions actions) {
        this(structure, actions, RelatedEvents.NONE);
    }

    public RoadmapOverview(PlanStructure structure, Actions actions, RelatedEvents relatedEvents) {
        this.structure = structure;
        this.actions = actions;
        this.relatedEvents = relatedEvents;
    }

    public Optional<Action> action(String code) {
        return actions.find(code);
    }

    public List<Action> actions(ActionFilter filter) {
        return actions.all().stream().filter(filter::matches).toList();
    }

    public RoadmapTree tree() {
        return tree(actions.all());
    }

    /** The dashboard as of {@code now} ({@code today} being its date where the roadmap is steered). */
    public Dashboard dashboard(LocalDate today, Instant now) {
        List<Action> all = actions.all();
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, all.stream().filter(a -> a.status() == status).count());
        }
        Map<Directorate, Long> byLead = new EnumMap<>(Directorate.class);
        for (Directorate directorate : Directorate.values()) {
            byLead.put(directorate, all.stream().filter(a -> a.leadDirectorates().contains(directorate)).count());
        }
        long withoutLead = all.stream().filter(a -> a.leadDirectorates().isEmpty()).count();
        List<Action> late = all.stream().filter(a -> a.isLate(today)).toList();
        List<Action> stale = all.stream().filter(a -> a.status() == ActionStatus.IN_PROGRESS)
                .filter(a -> Staleness.isStale(a, relatedEvents.latestAbout(a), now)).toList();
        return new Dashboard(tree(all), all.size(), byStatus, byLead, withoutLead, late, stale);
    }

    private RoadmapTree tree(List<Action> all) {
        RoadmapReference reference = structure.load().orElse(new RoadmapReference(List.of()));
        List<RoadmapTree.ChallengeNode> challenges = new ArrayList<>();
        for (RoadmapReference.Challenge challenge : reference.challenges()) {
            List<RoadmapTree.ObjectiveNode> objectives = new ArrayList<>();
            for (RoadmapReference.Objective objective : challenge.objectives()) {
                List<Action> ofObjective = all.stream()
                        .filter(a -> a.code().objectiveCode().equals(objective.code())).toList();
                objectives.add(new RoadmapTree.ObjectiveNode(objective.code(), objective.name(), objective.title(),
                        ProgressRollup.ofObjective(ofObjective), ofObjective));
            }
            List<OptionalDouble> progresses = objectives.stream().map(RoadmapTree.ObjectiveNode::progress).toList();
            challenges.add(new RoadmapTree.ChallengeNode(challenge.code(), challenge.title(),
                    ProgressRollup.ofChallenge(progresses), List.copyOf(objectives)));
        }
        return new RoadmapTree(List.copyOf(challenges));
    }
}
