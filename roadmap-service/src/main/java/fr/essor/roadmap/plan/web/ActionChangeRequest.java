package fr.essor.roadmap.plan.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.roadmap.plan.domain.ActionStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of an action's tracking. With PATCH, an absent (or null) field is left as it is; with PUT, the request is
 * the whole tracking: status and progress are required, an absent list is emptied and an absent date cleared.
 * Statuses: PLANNED, IN_PROGRESS, DONE, PAUSED, ABANDONED, BLOCKED, LATE. Directorates: DIEESS, DJVA, DTER, DMTA,
 * DPAS, ACHATS.
 */
public record ActionChangeRequest(@Bounds.OneOf(ActionStatus.class) String status,
                                  @Bounds.Whole(min = 0, max = 100) Integer progress, List<String> leadDirectorates,
                                  List<String> coLeadDirectorates, List<String> partners, LocalDate startDate,
                                  LocalDate endDate, List<String> indicatorIds) {
}
