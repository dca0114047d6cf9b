package fr.essor.roadmap.plan.domain;

import java.util.List;
import java.util.Set;

/**
 * The roadmap as the reference file states it: challenges, their objectives and their actions, with the lead
 * directorates and partners the seed names. Nothing users enter is here.
 */
public record RoadmapReference(List<Challenge> challenges) {

    public RoadmapReference {
        challenges = List.copyOf(challenges);
    }

    public record Challenge(String code, String title, List<Objective> objectives) {
        public Challenge {
            objectives = List.copyOf(objectives);
        }
    }

    /** A strategic objective: its code ({@code 1.2}), its name (FINANCER) and its title. */
    public record Objective(String code, String name, String title, List<ReferenceAction> actions) {
        public Objective {
            actions = List.copyOf(actions);
        }
    }

    public record ReferenceAction(ActionCode code, String title, Set<Directorate> leadDirectorates,
                                  List<String> partners) {
        public ReferenceAction {
            leadDirectorates = Set.copyOf(leadDirectorates);
            partners = List.copyOf(partners);
        }
    }

    public List<ReferenceAction> actions() {
        return challenges.stream().flatMap(c -> c.objectives().stream()).flatMap(o -> o.actions().stream()).toList();
    }
}
