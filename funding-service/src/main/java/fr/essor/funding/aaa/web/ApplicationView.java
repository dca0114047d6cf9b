package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.aaa.domain.Agent;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application as the API shows it. An EPT account sees neither the reviewers' internal comments nor their
 * declared conflicts, nor who any agent is (reviewers, history, submission, last change: {@code null}), nor the
 * other territories' opinions: its systems read the EPT feeds ({@code /api/ept/…}), which give less still.
 */
record ApplicationView(String id, String callId, int callYear, String organisationId, String organisationName,
                       String title, String summary, String theme, ApplicationRequests.Amounts amounts,
                       BigDecimal amountRequested, String nature, int durationYears, List<String> communeInsees,
                       List<String> territoryCodes, String territoryCode, boolean qpv, BigDecimal projectBudget,
                       boolean incubation, String channel, String possibleDuplicateOf, String status,
                       String statusLabel, List<String> availableActions, List<String> directorates,
                       List<ReviewView> reviews, BigDecimal averageScore, List<ConflictView> conflicts,
                       List<OpinionView> opinions, DecisionView decision, List<HistoryView> history, long version,
                       Instant submittedAt, String submittedBy,
                       @Schema(description = "Le jour où le dossier est parvenu au Département (le jour du dépôt en "
                               + "ligne, la date de réception d'un dossier papier) : les délais se comptent depuis "
                               + "ce jour, aucune décision ne le précède.") LocalDate receivedOn,
                       Instant updatedAt, String updatedBy) {

    record ReviewView(String reviewer, Map<String, Integer> scores, BigDecimal weightedScore, String internalComment,
                      String sharedComment, Instant at) {
    }

    record ConflictView(String reviewer, String reason, Instant at) {
    }

    record OpinionView(String territoryCode, String opinion, String comment, String givenBy, boolean recordedByAgent,
                       Instant at) {
    }

    record DecisionView(String outcome, BigDecimal amount, String justification, String decisionReference,
                        LocalDate decidedOn) {
    }

    record HistoryView(Instant at, String by, String what, String from, String to, String note) {
    }

    static ApplicationView of(Application a, Agent viewer) {
        ApplicationDetails d = a.details();
        boolean insider = !viewer.isTerritoryAccount();
        return new ApplicationView(a.id(), a.callId(), a.callYear(), d.organisationId(), d.organisationName(),
                d.title(), d.summary(), d.theme(), new ApplicationRequests.Amounts(d.amounts().firstYearOperating(),
                d.amounts().firstYearInvestment(), d.amounts().secondYearOperating(),
                d.amounts().secondYearInvestment()), d.amounts().total(), d.amounts().nature().name(),
                d.durationYears(), d.communes().stream().map(c -> c.inseeCode()).toList(), d.territoryCodes(),
                d.mainTerritoryCode(), d.qpv(), d.projectBudget(), d.incubation(), a.channel().name(),
                a.possibleDuplicateOf().orElse(null), a.status().name(), a.status().label(),
                a.availableActions(viewer).stream()
                        .filter(s -> s.recordedThrough() == WorkflowAction.RecordedThrough.INSTRUCTION)
                        .map(WorkflowAction::name).toList(),
                a.directorates().stream().map(Directorate::name).sorted().toList(),
                a.reviews().stream().map(r -> new ReviewView(insider ? r.reviewer() : null, r.scores(),
                        r.weightedScore(),
                        insider ? r.internalComment() : null, r.sharedComment(), r.at())).toList(),
                a.averageScore().orElse(null),
                insider ? a.conflicts().stream().map(c -> new ConflictView(c.reviewer(), c.reason(), c.at())).toList()
                        : List.of(),
                a.opinions().stream().filter(o -> insider || o.territoryCode().equals(viewer.territory()))
                        .map(o -> new OpinionView(o.territoryCode(), o.opinion().name(), o.comment(),
                                insider ? o.givenBy() : null, o.recordedByAgent(), o.at())).toList(),
                a.decision().map(x -> new DecisionView(x.granted() ? "GRANTED" : "REFUSED", x.amount(),
                        x.justification(), x.reference(), x.decidedOn())).orElse(null),
                a.history().stream().filter(h -> insider || !h.what().equals("CONFLICT_DECLARED")
                                && !(h.what().equals("OPINION_GIVEN") && h.note() != null
                                && !h.note().startsWith(viewer.territory() + " :")))
                        .map(h -> new HistoryView(h.at(), insider ? h.by() : null, h.what(),
                                h.from() == null ? null : h.from().name(), h.to().name(), h.note())).toList(),
                a.version(), a.submittedAt(), insider ? a.submittedBy() : null, a.receivedOn(), a.updatedAt(),
                insider ? a.updatedBy() : null);
    }
}
