package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionChange;
import fr.essor.roadmap.plan.domain.ActionStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How an action moved over a review's period, read from its history: its status and progress before the first
 * change and after the last one in the period ({@code null} when that field did not move), and who changed them.
 */
public record ActionMove(String code, String title, ActionStatus statusBefore, ActionStatus statusAfter,
                         Integer progressBefore, Integer progressAfter, List<String> changedBy) {

    public ActionMove {
        changedBy = List.copyOf(changedBy);
    }

    public boolean statusMoved() {
        return statusBefore != null;
    }

    public boolean progressMoved() {
        return progressBefore != null;
    }

    /** The moves of the actions whose status or progress ended elsewhere than it started in [from, until). */
    public static List<ActionMove> between(List<Action> actions, Instant from, Instant until) {
        List<ActionMove> moves = new ArrayList<>();
        for (Action action : actions) {
            List<ActionChange> inPeriod = action.history().stream()
                    .filter(c -> !c.at().isBefore(from) && c.at().isBefore(until))
                    .filter(c -> c.field().equals("status") || c.field().equals("progress")).toList();
            String[] status = span(inPeriod, "status");
            String[] progress = span(inPeriod, "progress");
            if (status == null && progress == null) {
                continue;
            }
            moves.add(new ActionMove(action.code().toString(), action.title(),
                    status == null ? null : ActionStatus.valueOf(status[0]),
                    status == null ? null : ActionStatus.valueOf(status[1]),
                    progress == null ? null : Integer.valueOf(progress[0]),
                    progress == null ? null : Integer.valueOf(progress[1]),
                    inPeriod.stream().map(ActionChange::by).distinct().toList()));
        }
        return moves;
    }

    private static String[] span(List<ActionChange> changes, String field) {
        List<ActionChange> ofField = changes.stream().filter(c -> c.field().equals(field)).toList();
        if (ofField.isEmpty()) {
            return null;
        }
        String before = ofField.getFirst().before();
        String after = ofField.getLast().after();
        return before.equals(after) ? null : new String[] {before, after};
    }
}
