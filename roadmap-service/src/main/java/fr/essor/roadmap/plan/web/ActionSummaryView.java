package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.Directorate;

import java.time.LocalDate;
import java.util.List;

/** An action in lists: what it is, where it stands, who leads it. */
public record ActionSummaryView(String code, String title, String challengeCode, String objectiveCode, String status,
                                String statusLabel, int progress, List<String> leadDirectorates,
                                List<String> coLeadDirectorates, LocalDate startDate, LocalDate endDate) {

    static ActionSummaryView of(Action action) {
        return new ActionSummaryView(action.code().toString(), action.title(), action.code().challengeCode(),
                action.code().objectiveCode(), action.status().name(), action.status().label(), action.progress(),
                action.leadDirectorates().stream().map(Directorate::name).toList(),
                action.coLeadDirectorates().stream().map(Directorate::name).toList(), action.startDate(),
                action.endDate());
    }
}
