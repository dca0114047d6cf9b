package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.domain.Action;

import java.time.LocalDate;

/** An action as a row of the pages' tables and of the exports, already written for French readers. */
record ActionRow(String code, String title, String challengeCode, String objectiveCode, String status,
                 String statusLabel, int progress, String progressLabel, String leads, String coLeads,
                 String partners, String startDate, String endDate, String plannedBudget, String spentBudget,
                 String indicatorIds, boolean late) {

    static ActionRow of(Action a, LocalDate today) {
        return new ActionRow(a.code().toString(), a.title(), a.code().challengeCode(), a.code().objectiveCode(),
                a.status().name(), a.status().label(), a.progress(), a.progress() + " %",
                ActionText.directorates(a.leadDirectorates()), ActionText.directorates(a.coLeadDirectorates()),
                String.join(", ", a.partners()), FrenchFormat.date(a.startDate()), FrenchFormat.date(a.endDate()),
                FrenchFormat.euros(a.plannedBudget()), FrenchFormat.euros(a.spentBudget()),
                String.join(", ", a.indicatorIds()), a.isLate(today));
    }
}
