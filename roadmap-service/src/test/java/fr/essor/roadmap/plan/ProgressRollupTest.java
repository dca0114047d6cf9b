package fr.essor.roadmap.plan;

import fr.essor.roadmap.plan.application.RoadmapOverview;
import fr.essor.roadmap.plan.application.RoadmapTree;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.ProgressRollup;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static fr.essor.roadmap.plan.Fixtures.T0;
import static fr.essor.roadmap.plan.Fixtures.referenceAction;
import static fr.essor.roadmap.plan.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressRollupTest {

    @Test
    void anObjectiveIsTheMeanOfItsActionsLeavingOutAbandonedOnes() {
        List<Action> actions = List.of(action("1.1.1", ActionStatus.IN_PROGRESS, 20),
                action("1.1.2", ActionStatus.DONE, 100), action("1.1.3", ActionStatus.ABANDONED, 0),
                action("1.1.4", ActionStatus.PLANNED, 0));

        assertThat(ProgressRollup.ofObjective(actions)).hasValue(40.0);
    }

    @Test
    void anObjectiveWhoseActionsAreAllAbandonedHasNoProgress() {
        assertThat(ProgressRollup.ofObjective(List.of(action("1.1.1", ActionStatus.ABANDONED, 50)))).isEmpty();
    }

    @Test
    void aChallengeIsTheMeanOfItsObjectivesEachWeighingTheSame() {
        assertThat(ProgressRollup.ofChallenge(List.of(OptionalDouble.of(40), OptionalDouble.of(100),
                OptionalDouble.empty()))).hasValue(70.0);
    }

    @Test
    void theTreeRollsProgressUpFromActionsToChallenges() {
        InMemoryActions store = new InMemoryActions();
        store.store(new RoadmapReference(List.of(new RoadmapReference.Challenge("1", "Enjeu 1", List.of(
                new RoadmapReference.Objective("1.1", "FAIRE ENSEMBLE", "Objectif 1.1", List.of()),
                new RoadmapReference.Objective("1.2", "FINANCER", "Objectif 1.2", List.of()))))));
        for (Action action : List.of(action("1.1.1", ActionStatus.IN_PROGRESS, 50),
                action("1.1.2", ActionStatus.DONE, 100), action("1.2.1", ActionStatus.IN_PROGRESS, 30),
                action("1.2.2", ActionStatus.ABANDONED, 0))) {
            store.stored.put(action.code().toString(), action);
        }

        RoadmapTree.ChallengeNode challenge = new RoadmapOverview(store, store).tree().challenges().getFirst();

        assertThat(challenge.objectives()).extracting(o -> o.progress().getAsDouble()).containsExactly(75.0, 30.0);
        assertThat(challenge.progress()).hasValue(52.5);
        assertThat(challenge.objectives().get(1).actions()).hasSize(2);
    }

    private static Action action(String code, ActionStatus status, int progress) {
        Action action = Action.fromReference(referenceAction(code, "Action " + code), T0);
        return status == ActionStatus.PLANNED ? action : withStatus(action, status, progress);
    }
}
