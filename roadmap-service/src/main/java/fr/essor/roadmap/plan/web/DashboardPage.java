package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.roadmap.plan.application.Dashboard;
import fr.essor.roadmap.plan.domain.Directorate;

import java.time.LocalDate;
import java.util.List;

/** The dashboard written for French readers: progress by challenge and objective, counts, late and stale actions. */
record DashboardPage(int actionCount, List<ChallengeRow> challenges, List<CountRow> byStatus,
                     List<CountRow> byLeadDirectorate, List<ActionRow> late, List<ActionRow> stale) {

    record ChallengeRow(String code, String title, String progressLabel, long progress, List<ObjectiveRow> objectives) {
    }

    record ObjectiveRow(String code, String name, String title, String progressLabel, long progress,
                        int actionCount) {
    }

    /** A count with the filter of the action list that shows those actions. */
    record CountRow(String label, long count, String link) {
    }

    static DashboardPage of(Dashboard d, LocalDate today) {
        List<ChallengeRow> challenges = d.tree().challenges().stream().map(c -> new ChallengeRow(c.code(), c.title(),
                ActionText.percent(c.progress()), Math.round(c.progress().orElse(0)),
                c.objectives().stream().map(o -> new ObjectiveRow(o.code(), o.name(), o.title(),
                        ActionText.percent(o.progress()), Math.round(o.progress().orElse(0)), o.actions().size()))
                        .toList()))
                .toList();
        List<CountRow> byStatus = d.byStatus().entrySet().stream().map(e -> new CountRow(e.getKey().label(),
                e.getValue(), "/actions?status=" + e.getKey().name())).toList();
        List<CountRow> byLead = new java.util.ArrayList<>(d.byLeadDirectorate().entrySet().stream()
                .map(e -> new CountRow(label(e.getKey()), e.getValue(), "/actions?directorate=" + e.getKey().name()))
                .toList());
        byLead.add(new CountRow("Sans direction pilote désignée", d.withoutLead(), null));
        return new DashboardPage(d.actionCount(), challenges, byStatus, List.copyOf(byLead),
                d.late().stream().map(a -> ActionRow.of(a, today)).toList(),
                d.stale().stream().map(a -> ActionRow.of(a, today)).toList());
    }

    private static String label(Directorate directorate) {
        return directorate.shortLabel();
    }
}
