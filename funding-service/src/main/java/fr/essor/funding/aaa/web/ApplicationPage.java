package fr.essor.funding.aaa.web;

import fr.essor.kit.reference.Territories;
import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Criterion;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;
import java.util.stream.Collectors;

/** What the application page shows, already formatted, and what the signed-in agent may do on it. */
record ApplicationPage(ApplicationRow row, String summary, String communes, String duration, String qpv,
                       String incubation, String projectBudget, String firstYear, String secondYear,
                       String channel, String submitted, List<StepForm> steps, boolean mayScore,
                       List<Criterion> criteria, List<ReviewLine> reviews, List<String> opinions, String decision,
                       List<HistoryLine> history, boolean granted, Instructing instructing,
                       List<AnswerLine> answers) {

    /**
     * What the signed-in agent may do besides the steps: name the directorates, declare a conflict of interest,
     * record an EPT's opinion; and, when they may not score, why.
     */
    record Instructing(boolean mayAssign, List<Choice> directorates, boolean mayDeclareConflict, String conflict,
                       String scoringClosedBecause, boolean mayRecordOpinion, List<String> opinionTerritories,
                       List<Choice> opinions) {
    }

    record Choice(String code, String label, boolean chosen) {
    }

    /** One workflow step offered as a form; votes ask for amount, reference and date. */
    record StepForm(String code, String label, boolean reasonRequired, boolean vote, boolean grant) {
    }

    record ReviewLine(String reviewer, String score, String internalComment, String sharedComment, String at) {
    }

    /** A request for information and the organisation's answer (ADR-0016), with the documents it points to. */
    record AnswerLine(String requestedAt, String request, String answeredAt, String by, String text,
                      List<Choice> documents) {
    }

    record HistoryLine(String at, String by, String what, String from, String to, String note) {
    }

    static ApplicationPage of(Application a, Call call, Agent agent) {
        var d = a.details();
        var r = d.amounts();
        boolean insider = !agent.isTerritoryAccount();
        boolean instructing = a.status() == ApplicationStatus.UNDER_REVIEW
                || a.status() == ApplicationStatus.TERRITORY_OPINION_REQUESTED;
        boolean mayScore = insider && instructing && !a.hasConflict(agent.username())
                && (agent.pilot() || agent.directorates().stream().anyMatch(a.directorates()::contains));
        return new ApplicationPage(ApplicationRow.of(a), d.summary(),
                d.communes().stream().map(c -> c.name() + " (" + c.territory().name() + ")")
                        .collect(Collectors.joining(", ")),
                d.durationYears() == 2 ? "Deux ans" : "Un an", d.qpv() ? "Oui (déclaré)" : "Non",
                d.incubation() ? "Oui" : "Non", FrenchFormat.euros(d.projectBudget()),
                FrenchFormat.euros(r.firstYearOperating()) + " en fonctionnement, "
                        + FrenchFormat.euros(r.firstYearInvestment()) + " en investissement",
                d.durationYears() == 2 ? FrenchFormat.euros(r.secondYearOperating()) + " en fonctionnement, "
                        + FrenchFormat.euros(r.secondYearInvestment()) + " en investissement" : null,
                a.channel().label(),
                FrenchFormat.dateTime(a.submittedAt()) + " par " + a.submittedBy(),
                a.availableActions(agent).stream()
                        .filter(s -> s.recordedThrough() == WorkflowAction.RecordedThrough.INSTRUCTION).map(s -> new StepForm(s.name(), capitalised(s.label()),
                        s.reasonRequired(), s == WorkflowAction.GRANT || s == WorkflowAction.REFUSE,
                        s == WorkflowAction.GRANT)).toList(),
                mayScore, call.grid().criteria(),
                a.reviews().stream().map(v -> new ReviewLine(v.reviewer(), ApplicationRow.score(v.weightedScore()),
                        insider ? v.internalComment() : null, v.sharedComment(), FrenchFormat.dateTime(v.at())))
                        .toList(),
                a.opinions().stream().map(o -> Territories.label(o.territoryCode()) + " : " + o.opinion().label()
                        + (o.comment() == null ? "" : " — " + o.comment()) + " (" + o.givenBy()
                        + (o.recordedByAgent() ? ", saisi par un agent" : "") + ")").toList(),
                a.decision().map(x -> (x.granted() ? "Accordée : " + FrenchFormat.euros(x.amount()) : "Refusée")
                        + " — délibération " + x.reference() + " du " + FrenchFormat.date(x.decidedOn()) + " — "
                        + x.justification()).orElse(null),
                a.history().stream().filter(h -> insider || !h.what().equals("CONFLICT_DECLARED"))
                        .map(h -> new HistoryLine(FrenchFormat.dateTime(h.at()), h.by(), what(h.what()),
                                h.from() == null ? "—" : h.from().label(), h.to().label(),
                                h.note() == null ? "" : h.note())).toList().reversed(),
                insider && a.decision().filter(x -> x.granted()).isPresent(),
                instructing(a, agent, insider, instructing, mayScore),
                insider ? a.answers().stream().map(w -> new AnswerLine(FrenchFormat.dateTime(w.requestedAt()),
                        w.request(), FrenchFormat.dateTime(w.at()), w.by(), w.text(), w.attachments().stream()
                        .map(f -> new Choice(f.documentId(), f.fileName(), true)).toList())).toList().reversed()
                        : List.of());
    }

    private static Instructing instructing(Application a, Agent agent, boolean insider, boolean instructingState,
                                           boolean mayScore) {
        boolean conflicted = a.hasConflict(agent.username());
        boolean assignedOrPilot = agent.pilot() || agent.directorates().stream().anyMatch(a.directorates()::contains);
        String conflict = a.conflicts().stream().filter(c -> c.reviewer().equals(agent.username())).findFirst()
                .map(c -> "Vous avez déclaré un conflit d'intérêts le " + FrenchFormat.dateTime(c.at()) + " (« "
                        + c.reason() + " ») : vous ne participez plus à l'instruction de cette candidature et ne "
                        + "pouvez pas la noter.").orElse(null);
        String closed = null;
        if (insider && !mayScore) {
            if (conflicted) {
                closed = conflict;
            } else if (!instructingState) {
                closed = "On note une candidature pendant son instruction ; celle-ci est « " + a.status().label()
                        + " ».";
            } else {
                closed = "Seules les directions désignées pour instruire cette candidature, la DMTA et "
                        + "l'administration la notent.";
            }
        }
        boolean opinionRequested = a.status() == ApplicationStatus.TERRITORY_OPINION_REQUESTED;
        List<String> territories = agent.isTerritoryAccount()
                ? a.details().territoryCodes().stream().filter(agent.territory()::equals).toList()
                : a.details().territoryCodes();
        boolean mayRecordOpinion = opinionRequested && !territories.isEmpty()
                && (agent.isTerritoryAccount() || (assignedOrPilot && !conflicted));
        return new Instructing(agent.pilot() && !a.status().isFinal(),
                java.util.Arrays.stream(Directorate.values()).map(d -> new Choice(d.name(), d.label(),
                        a.directorates().contains(d))).toList(),
                insider && agent.instructs() && !conflicted && !a.status().isFinal(), conflict, closed,
                mayRecordOpinion, territories,
                java.util.Arrays.stream(Opinion.values()).map(o -> new Choice(o.name(), o.label(), false)).toList());
    }

    private static String what(String code) {
        return WorkflowAction.fromCode(code).map(a -> capitalised(a.label())).orElseGet(() -> switch (code) {
            case "SUBMITTED" -> "Dépôt";
            case "ASSIGNED" -> "Directions instructrices désignées";
            case "REVIEWED" -> "Notation";
            case "CONFLICT_DECLARED" -> "Conflit d'intérêts déclaré";
            case "OPINION_GIVEN" -> "Avis de l'EPT";
            case "INFORMATION_PROVIDED" -> "Réponse de la structure";
            default -> code;
        });
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
