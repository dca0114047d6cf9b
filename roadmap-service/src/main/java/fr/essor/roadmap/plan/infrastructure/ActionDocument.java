package fr.essor.roadmap.plan.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How an action is stored (collection {@code plan_actions}, id = action code); its outbox lives in the same document.
 * Dates are ISO text ({@code 2026-03-31}) and amounts euro cents, so that both stores read them back identically.
 */
record ActionDocument(String id, String challengeCode, String objectiveCode, String title,
                      List<String> leadDirectorates, List<String> partners, List<String> userEdited, String status,
                      int progress, List<String> coLeadDirectorates, String startDate, String endDate,
                      List<MilestoneDocument> milestones, List<NoteDocument> notes, List<BudgetDocument> budget,
                      List<String> indicatorIds, List<ChangeDocument> history, long version, Instant updatedAt,
                      String updatedBy) {

    record MilestoneDocument(String id, String title, String dueDate, boolean done) {
    }

    record NoteDocument(String id, Instant writtenAt, String author, String text) {
    }

    record BudgetDocument(int year, long plannedCents, long spentCents) {
    }

    record ChangeDocument(Instant at, String by, String field, String before, String after) {
    }
}
