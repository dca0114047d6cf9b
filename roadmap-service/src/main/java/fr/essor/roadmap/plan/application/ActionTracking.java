package fr.essor.roadmap.plan.application;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The use cases of following an action: each loads the action, asks it for one change, and saves it once (with the
 * status fact when its status changed).
 */
public class ActionTracking {

    private final Actions actions;
    private final Clock clock;

    public ActionTracking(Actions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** The outcome of a use case: the domain's, or {@link Unknown} when there is no such action. */
    public sealed interface Result {
    }

    public record Done(ActionOutcome outcome) implements Result {
    }

    public record Unknown(String code) implements Result {
    }

    public Result edit(String code, ActionEdit edit, Actor actor) {
        return apply(code, (action, at) -> action.edit(edit, editor(actor), at));
    }

    public Result addMilestone(String code, String title, LocalDate dueDate, Actor actor) {
        return apply(code, (action, at) -> action.addMilestone(title, dueDate, editor(actor), at));
    }

    public Result markMilestone(String code, String milestoneId, boolean done, Actor actor) {
        return apply(code, (action, at) -> action.markMilestone(milestoneId, done, editor(actor), at));
    }

    public Result removeMilestone(String code, String milestoneId, Actor actor) {
        return apply(code, (action, at) -> action.removeMilestone(milestoneId, editor(actor), at));
    }

    public Result addNote(String code, String text, Actor actor) {
        return apply(code, (action, at) -> action.addNote(text, editor(actor), at));
    }

    public Result setBudget(String code, int year, BigDecimal planned, BigDecimal spent, Actor actor) {
        return apply(code, (action, at) -> action.setBudget(year, planned, spent, editor(actor), at));
    }

    public Result removeBudget(String code, int year, Actor actor) {
        return apply(code, (action, at) -> action.removeBudget(year, editor(actor), at));
    }

    /** Whether this actor may change this action (for the UI to offer the form or not). */
    public static boolean mayChange(Action action, Actor actor) {
        return action.canBeChangedBy(editor(actor));
    }

    /** The actor as the domain sees an editor: DIEESS (which pilots the roadmap) and ADMIN steer every action. */
    public static Editor editor(Actor actor) {
        Set<Directorate> directorates = EnumSet.noneOf(Directorate.class);
        for (Role role : actor.roles()) {
            Directorate.fromCode(role.name()).ifPresent(directorates::add);
        }
        return new Editor(actor.username(), directorates, actor.hasAnyRole(Role.DIEESS, Role.ADMIN));
    }

    private Result apply(String code, BiFunction<Action, Instant, ActionOutcome> change) {
        return actions.find(code).<Result>map(action -> {
            ActionOutcome outcome = change.apply(action, clock.instant());
            if (outcome instanceof ActionOutcome.Changed changed) {
                actions.save(changed.action(), action.version(), changed.event());
            }
            return new Done(outcome);
        }).orElseGet(() -> new Unknown(code));
    }
}
