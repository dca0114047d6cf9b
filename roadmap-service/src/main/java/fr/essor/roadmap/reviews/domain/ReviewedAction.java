package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.util.List;

/**
 * An action as the review found it when it was opened: who leads it (they submit its update) and where it stood.
 */
public record ReviewedAction(String code, String title, List<Directorate> leadDirectorates, ActionStatus status,
                             int progress) {

    public ReviewedAction {
        leadDirectorates = List.copyOf(leadDirectorates);
    }
}
