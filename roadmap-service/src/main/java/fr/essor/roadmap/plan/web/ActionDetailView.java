package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.BudgetLine;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.FollowUpNote;
import fr.essor.roadmap.plan.domain.Milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One action with all its tracking (its history is at {@code /api/actions/{code}/history}). */
public record ActionDetailView(String code, String title, String challengeCode, String objectiveCode, String status,
                               String statusLabel, int progress, List<String> leadDirectorates,
                               List<String> coLeadDirectorates, List<String> partners, LocalDate startDate,
                               LocalDate endDate, List<MilestoneView> milestones, List<NoteView> notes,
                               List<BudgetLineView> budget, List<String> indicatorIds, long version,
                               Instant updatedAt, String updatedBy) {

    public record MilestoneView(String id, String title, LocalDate dueDate, boolean done) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id(), m.title(), m.dueDate(), m.done());
        }
    }

    public record NoteView(String id, Instant writtenAt, String author, String text) {
        static NoteView of(FollowUpNote n) {
            return new NoteView(n.id(), n.writtenAt(), n.author(), n.text());
        }
    }

    public record BudgetLineView(int year, BigDecimal planned, BigDecimal spent) {
        static BudgetLineView of(BudgetLine b) {
            return new BudgetLineView(b.year(), b.planned(), b.spent());
        }
    }

    static ActionDetailView of(Action a) {
        return new ActionDetailView(a.code().toString(), a.title(), a.code().challengeCode(),
                a.code().objectiveCode(), a.status().name(), a.status().label(), a.progress(),
                a.leadDirectorates().stream().map(Directorate::name).toList(),
                a.coLeadDirectorates().stream().map(Directorate::name).toList(), a.partners(), a.startDate(),
                a.endDate(), a.milestones().stream().map(MilestoneView::of).toList(),
                a.notes().stream().map(NoteView::of).toList(), a.budget().stream().map(BudgetLineView::of).toList(),
                a.indicatorIds(), a.version(), a.updatedAt(), a.updatedBy());
    }
}
