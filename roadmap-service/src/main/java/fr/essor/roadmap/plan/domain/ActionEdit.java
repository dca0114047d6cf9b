package fr.essor.roadmap.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What someone asks to change in an action's tracking. A {@code null} field is left as it is; for the dates,
 * {@code Optional.empty()} clears the date.
 */
public record ActionEdit(ActionStatus status, Integer progress, Set<Directorate> leadDirectorates,
                         Set<Directorate> coLeadDirectorates, List<String> partners, Optional<LocalDate> startDate,
                         Optional<LocalDate> endDate, List<String> indicatorIds) {

    public static ActionEdit status(ActionStatus status) {
        return new ActionEdit(status, null, null, null, null, null, null, null);
    }

    public static ActionEdit statusAndProgress(ActionStatus status, int progress) {
        return new ActionEdit(status, progress, null, null, null, null, null, null);
    }
}
