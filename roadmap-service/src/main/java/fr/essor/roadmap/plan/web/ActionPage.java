package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionChange;

import java.time.LocalDate;
import java.util.List;

/** An action's page, written for French readers: its tracking, milestones, notes, budget and history (latest first). */
record ActionPage(ActionRow row, List<String> partners, List<MilestoneRow> milestones, List<NoteRow> notes,
                  List<BudgetRow> budget, String plannedTotal, String spentTotal, List<HistoryRow> history,
                  String updated) {

    record MilestoneRow(String id, String title, String dueDate, boolean done, boolean overdue) {
    }

    record NoteRow(String writtenAt, String author, String text) {
    }

    record BudgetRow(int year, String planned, String spent) {
    }

    record HistoryRow(String at, String by, String field, String before, String after) {
        static HistoryRow of(ActionChange change) {
            return new HistoryRow(FrenchFormat.dateTime(change.at()), change.by(),
                    ActionText.fieldLabel(change.field()), ActionText.historyValue(change.field(), change.before()),
                    ActionText.historyValue(change.field(), change.after()));
        }
    }

    static ActionPage of(Action a, LocalDate today) {
        return new ActionPage(ActionRow.of(a, today), a.partners(),
                a.milestones().stream().map(m -> new MilestoneRow(m.id(), m.title(), FrenchFormat.date(m.dueDate()),
                        m.done(), m.isOverdue(today))).toList(),
                a.notes().reversed().stream().map(n -> new NoteRow(FrenchFormat.dateTime(n.writtenAt()), n.author(),
                        n.text())).toList(),
                a.budget().stream().map(b -> new BudgetRow(b.year(), FrenchFormat.euros(b.planned()),
                        FrenchFormat.euros(b.spent()))).toList(),
                FrenchFormat.euros(a.plannedBudget()), FrenchFormat.euros(a.spentBudget()),
                a.history().reversed().stream().map(HistoryRow::of).toList(),
                FrenchFormat.dateTime(a.updatedAt()) + " par " + a.updatedBy());
    }
}
