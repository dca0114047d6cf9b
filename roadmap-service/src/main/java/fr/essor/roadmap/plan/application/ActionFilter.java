package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

/**
 * Which actions to list; a {@code null} criterion matches everything. {@code directorate} matches the actions that
 * directorate leads.
 */
public record ActionFilter(String challenge, String objective, ActionStatus status, Directorate directorate) {

    public static final ActionFilter ALL = new ActionFilter(null, null, null, null);

    public boolean matches(Action action) {
        return (challenge == null || challenge.equals(action.code().challengeCode()))
                && (objective == null || objective.equals(action.code().objectiveCode()))
                && (status == null || status == action.status())
                && (directorate == null || action.leadDirectorates().contains(directorate));
    }
}
