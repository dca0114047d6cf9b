package fr.essor.roadmap.plan.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How progress rolls up the roadmap tree.
 * <ul>
 * <li>An objective's progress is the plain mean of its actions' progress, leaving out abandoned actions (they will
 * never progress and must not drag the objective down). An objective whose actions are all abandoned has none.</li>
 * <li>A challenge's progress is the plain mean of its objectives' progress (each objective weighs the same whatever
 * its number of actions), leaving out objectives that have none.</li>
 * </ul>
 */
public final class ProgressRollup {

    private ProgressRollup() {
    }

    public static OptionalDouble ofObjective(Collection<Action> actions) {
        return actions.stream().filter(action -> action.status() != ActionStatus.ABANDONED)
                .mapToInt(Action::progress).average();
    }

    public static OptionalDouble ofChallenge(Collection<OptionalDouble> objectives) {
        return objectives.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }
}
