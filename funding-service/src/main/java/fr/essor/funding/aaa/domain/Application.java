package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Territories;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An application to an Appel à Agir call and its instruction: the workflow from Déposée to Soldée (see
 * {@link WorkflowAction}), the instructing directorates, the reviewers' scores, their declared conflicts of interest,
 * the EPT's opinion and the vote. Every change is a line of its history (who, when, what, why); submitting and the
 * vote are facts other systems learn.
 */
public final class Application {

    /** The shape of an application's id: its call's, then its number in the call ({@code AAA-2026-0001}). */
    public static final String ID_PATTERN = "AAA-\\d{4}-\\d{4,6}";
    /** The longest reason, comment or justification. */
    public static final int MAX_TEXT = 4000;
    /** The longest reference of a deliberation. */
    public static final int MAX_REFERENCE = 100;
    private static final ZoneId PARIS_TIME = ZoneId.of("Europe/Paris");

    private final String id;
    private final String callId;
    private final int callYear;
    private final ApplicationDetails details;
    private final Channel channel;
    private final String possibleDuplicateOf;
    private final ApplicationStatus status;
    private final ApplicationStatus correctionReturnsTo;
    private final Set<Directorate> directorates;
    private final List<Review> reviews;
    private final List<ConflictOfInterest> conflicts;
    private final List<TerritoryOpinion> opinions;
    private final Decision decision;
    private final List<HistoryEntry> history;
    private final List<InformationAnswer> answers;
    private final long version;
    private final Instant submittedAt;
    private final String submittedBy;
    private final LocalDate receivedOn;
    private final Instant updatedAt;
    private final String updatedBy;

    public Application(String id, String callId, int callYear, ApplicationDetails details, Channel channel,
                       String possibleDuplicateOf, ApplicationStatus status, ApplicationStatus correctionReturnsTo,
                       Collection<Directorate> directorates, List<Review> reviews, List<ConflictOfInterest> conflicts,
                       List<TerritoryOpinion> opinions, Decision decision, List<HistoryEntry> history,
                       List<InformationAnswer> answers, long version, Instant submittedAt, String submittedBy,
                       Instant updatedAt, String updatedBy) {
        this(id, callId, callYear, details, channel, possibleDuplicateOf, status, correctionReturnsTo, directorates,
                reviews, conflicts, opinions, decision, history, answers, version, submittedAt, submittedBy, null,
                updatedAt, updatedBy);
    }

    /**
     * @param receivedOn the day the file reached the Département: for a paper file typed in later, the day on its
     *                   stamp; {@code null} when it is the day it was submitted (online, or typed the same day)
     */
    public Application(String id, String callId, int callYear, ApplicationDetails details, Channel channel,
                       String possibleDuplicateOf, ApplicationStatus status, ApplicationStatus correctionReturnsTo,
                       Collection<Directorate> directorates, List<Review> reviews, List<ConflictOfInterest> conflicts,
                       List<TerritoryOpinion> opinions, Decision decision, List<HistoryEntry> history,
                       List<InformationAnswer> answers, long version, Instant submittedAt, String submittedBy,
                       LocalDate receivedOn, Instant updatedAt, String updatedBy) {
        this.receivedOn = receivedOn;
        this.id = id;
        this.callId = callId;
        this.callYear = callYear;
        this.details = details;
        this.channel = channel;
        this.possibleDuplicateOf = possibleDuplicateOf;
        this.status = status;
        this.correctionReturnsTo = correctionReturnsTo;
        this.directorates = directorates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directorates));
        this.reviews = List.copyOf(reviews);
        this.conflicts = List.copyOf(conflicts);
        this.opinions = List.copyOf(opinions);
        this.decision = decision;
        this.history = List.copyOf(history);
        this.answers = List.copyOf(answers);
        this.version = version;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /**
     * Why {@code call} takes no application on {@code today}, if it does not: asked before a file number is drawn,
     * so that a refused attempt uses none, and by the entry pages before anything is typed.
     */
    public static Optional<ApplicationOutcome.NotAllowedNow> closedTo(Call call, LocalDate today) {
        if (call.isOpenOn(today)) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationOutcome.NotAllowedNow("call.closed", "L'appel " + call.year()
                + " ne reçoit pas de candidature aujourd'hui : il est ouvert du " + french(call.definition().opensOn())
                + " au " + french(call.definition().closesOn()) + "."));
    }

    /**
     * Why a file received on {@code receivedOn} cannot be submitted {@code today}, if it cannot: received in the
     * future, or outside the call's opening. Asked before a file number is drawn.
     */
    public static Optional<ApplicationOutcome> refusedReceipt(Call call, LocalDate receivedOn, LocalDate today) {
        if (receivedOn.isAfter(today)) {
            return Optional.of(new ApplicationOutcome.Invalid(List.of(new Violation("receivedOn",
                    "receivedOn.future", "La date de réception ne peut pas être dans le futur."))));
        }
        if (receivedOn.equals(today)) {
            return closedTo(call, today).map(ApplicationOutcome.class::cast);
        }
        if (call.isOpenOn(receivedOn)) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationOutcome.Invalid(List.of(new Violation("receivedOn", "receivedOn.outsideCall",
                "L'appel " + call.year() + " n'était pas ouvert le " + french(receivedOn) + " : il est ouvert du "
                        + french(call.definition().opensOn()) + " au " + french(call.definition().closesOn()) + "."))));
    }

    /**
     * Submits an application to an open call. A probable duplicate (same organisation, call and normalised title) is
     * flagged with the id of the application it repeats, never refused: the instructors decide.
     */
    public static ApplicationOutcome submit(String id, Call call, ApplicationDetails details, Channel channel,
                                            Optional<String> possibleDuplicateOf, LocalDate today, String by,
                                            Instant at) {
        return submit(id, call, details, channel, possibleDuplicateOf, today, today, by, at);
    }

    /**
     * Submits an application that reached the Département on {@code receivedOn}: a paper file typed in later keeps
     * the day on its stamp, which must lie in the call's opening and not after {@code today}; delays are counted from
     * it and no vote may precede it.
     */
    public static ApplicationOutcome submit(String id, Call call, ApplicationDetails details, Channel channel,
                                            Optional<String> possibleDuplicateOf, LocalDate receivedOn,
                                            LocalDate today, String by, Instant at) {
        Optional<ApplicationOutcome> refused = refusedReceipt(call, receivedOn, today);
        if (refused.isPresent()) {
            return refused.get();
        }
        String note = possibleDuplicateOf.map(other -> "Doublon probable de " + other).orElse(null);
        if (!receivedOn.equals(today)) {
            note = (note == null ? "" : note + " ; ") + "dossier reçu le " + french(receivedOn);
        }
        Application application = new Application(id, call.id(), call.year(), details, channel,
                possibleDuplicateOf.orElse(null), ApplicationStatus.SUBMITTED, null, Set.of(), List.of(), List.of(),
                List.of(), null, List.of(new HistoryEntry(at, by, "SUBMITTED", null, ApplicationStatus.SUBMITTED,
                note)), List.of(), 1, at, by, receivedOn.equals(today) ? null : receivedOn, at, by);
        return new ApplicationOutcome.Changed(application,
                List.of(new ApplicationSubmitted(UUID.randomUUID().toString(), application, at, by)));
    }

    /** Takes one step of the workflow through the part that records it, if the agent may and the state allows it. */
    public ApplicationOutcome perform(WorkflowAction action, TransitionRequest request, Agent agent, Instant at) {
        return perform(action, request, agent, at, action.recordedThrough());
    }

    /**
     * Takes one step of the workflow asked through {@code askedThrough}, if the agent may and the current state
     * allows it. The vote is recorded in a voting session and the agreement and payments in the grant file, so that
     * each fact (grant-awarded above all) is published once, by its owner: asked elsewhere, a step that the state
     * allows is refused with {@code step.recordedElsewhere} before its fields are checked; one it does not allow keeps
     * the state machine's own refusal.
     */
    public ApplicationOutcome perform(WorkflowAction action, TransitionRequest request, Agent agent, Instant at,
                                      WorkflowAction.RecordedThrough askedThrough) {
        Optional<ApplicationOutcome.Forbidden> forbidden = mayTake(action, agent);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        if (!action.isAllowedFrom(status)) {
            return illegal(action);
        }
        if (action.recordedThrough() != askedThrough) {
            return new ApplicationOutcome.NotAllowedNow("step.recordedElsewhere",
                    action.recordedThrough().whereRecorded());
        }
        String reason = clean(request.reason());
        List<Violation> violations = new ArrayList<>();
        if (action.reasonRequired() && reason == null) {
            violations.add(new Violation("reason", "reason.required", switch (action) {
                case GRANT, REFUSE -> "Justifiez la décision.";
                case REQUEST_CORRECTION -> "Dites ce qui doit être corrigé.";
                default -> "Dites pourquoi.";
            }));
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            violations.add(new Violation("reason", "reason.size", "4 000 caractères au plus."));
        }
        Decision newDecision = decision;
        if (action == WorkflowAction.GRANT || action == WorkflowAction.REFUSE) {
            newDecision = decide(action == WorkflowAction.GRANT, request, reason, violations);
        } else {
            // a step without a vote takes no amount nor reference, but what it is sent stays within their bounds
            InputBounds.positiveAmount("amount", request.amount()).ifPresent(violations::add);
            InputBounds.text("decisionReference", clean(request.decisionReference()), MAX_REFERENCE)
                    .ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return new ApplicationOutcome.Invalid(violations);
        }
        ApplicationStatus next = action.target().orElse(correctionReturnsTo);
        if (next == null) {
            return illegal(action);
        }
        ApplicationStatus returnsTo = action == WorkflowAction.REQUEST_CORRECTION ? status : null;
        Application changed = new Draft(this).status(next, returnsTo).decision(newDecision)
                .build(at, agent.username(), action.name(), reason);
        List<ApplicationEvent> events = new ArrayList<>();
        if (action == WorkflowAction.GRANT || action == WorkflowAction.REFUSE) {
            events.add(new ApplicationDecided(UUID.randomUUID().toString(), changed, at, agent.username()));
        }
        if (action == WorkflowAction.GRANT) {
            events.add(new GrantAwarded(UUID.randomUUID().toString(), changed, at, agent.username()));
        }
        if (action == WorkflowAction.REQUEST_CORRECTION) {
            events.add(new InformationRequested(UUID.randomUUID().toString(), changed, reason, at, agent.username()));
        }
        return new ApplicationOutcome.Changed(changed, events);
    }

    /**
     * The organisation answers the Département's open request for information (ADR-0016): a text, and optionally
     * documents of the organisation. One answer per request; the instructors then record the correction (or ask
     * again). The status does not change: receiving the correction stays the instructors' step.
     */
    public ApplicationOutcome answerRequest(String text, List<InformationAnswer.Attachment> attachments, String by,
                                            Instant at) {
        Optional<HistoryEntry> request = openRequest();
        if (request.isEmpty()) {
            return new ApplicationOutcome.NotAllowedNow("answer.notRequested", "Le Département ne vous demande "
                    + "pas de complément sur ce dossier aujourd'hui.");
        }
        if (answerTo(request.get()).isPresent()) {
            return new ApplicationOutcome.NotAllowedNow("answer.alreadyGiven", "Vous avez déjà répondu à cette "
                    + "demande ; le Département reviendra vers vous s'il lui faut autre chose.");
        }
        String answer = clean(text);
        if (answer == null) {
            return new ApplicationOutcome.Invalid(List.of(new Violation("text", "text.required",
                    "Écrivez votre réponse à la demande du Département.")));
        }
        if (answer.length() > MAX_TEXT) {
            return new ApplicationOutcome.Invalid(List.of(new Violation("text", "text.size",
                    "4 000 caractères au plus.")));
        }
        List<InformationAnswer> next = new ArrayList<>(answers);
        next.add(new InformationAnswer(request.get().at(), request.get().note(), answer, attachments, by, at));
        String note = answer + (attachments.isEmpty() ? "" : " (pièces : " + attachments.stream()
                .map(InformationAnswer.Attachment::fileName).collect(Collectors.joining(", ")) + ")");
        return new ApplicationOutcome.Changed(new Draft(this).answers(next).build(at, by, "INFORMATION_PROVIDED",
                note), List.of());
    }

    /** The request for information the organisation has to answer now: the last one, while a correction is asked. */
    public Optional<HistoryEntry> openRequest() {
        if (status != ApplicationStatus.CORRECTION_REQUESTED) {
            return Optional.empty();
        }
        HistoryEntry last = null;
        for (HistoryEntry entry : history) {
            if (WorkflowAction.REQUEST_CORRECTION.name().equals(entry.what())) {
                last = entry;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The organisation's answer to a request, if it gave one. */
    public Optional<InformationAnswer> answerTo(HistoryEntry request) {
        return answers.stream().filter(a -> a.requestedAt().equals(request.at())).findFirst();
    }

    /** Names the directorates that instruct the application (the pilot's call). */
    public ApplicationOutcome assign(Collection<Directorate> assigned, Agent agent, Instant at) {
        if (!agent.pilot()) {
            return new ApplicationOutcome.Forbidden("Seules la DMTA, pilote de l'Appel à Agir, et l'administration "
                    + "désignent les directions instructrices.");
        }
        if (status.isFinal()) {
            return new ApplicationOutcome.NotAllowedNow("assignment.closed", "La candidature est « "
                    + status.label() + " » : son instruction est close.");
        }
        if (assigned.isEmpty()) {
            return new ApplicationOutcome.Invalid(List.of(new Violation("directorates", "directorates.required",
                    "Désignez au moins une direction instructrice.")));
        }
        Set<Directorate> next = EnumSet.copyOf(assigned);
        if (next.equals(directorates)) {
            return new ApplicationOutcome.Unchanged(this);
        }
        return new ApplicationOutcome.Changed(new Draft(this).directorates(next).build(at, agent.username(),
                "ASSIGNED", labels(next)), List.of());
    }

    /** Records (or replaces) the agent's scores on the call's grid, while the application is being instructed. */
    public ApplicationOutcome review(ScoringGrid grid, Map<String, Integer> scores, String internalComment,
                                     String sharedComment, Agent agent, Instant at) {
        Optional<ApplicationOutcome.Forbidden> forbidden = mayInstruct(agent);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        if (hasConflict(agent.username())) {
            return new ApplicationOutcome.Forbidden("Vous avez déclaré un conflit d'intérêts sur cette candidature : "
                    + "vous ne pouvez pas la noter.");
        }
        if (status != ApplicationStatus.UNDER_REVIEW && status != ApplicationStatus.TERRITORY_OPINION_REQUESTED) {
            return new ApplicationOutcome.NotAllowedNow("review.notUnderReview", "On note une candidature pendant son "
                    + "instruction ; celle-ci est « " + status.label() + " ».");
        }
        List<Violation> violations = new ArrayList<>(grid.checkScores(scores));
        String internal = clean(internalComment);
        String shared = clean(sharedComment);
        InputBounds.text("internalComment", internal, MAX_TEXT).ifPresent(violations::add);
        InputBounds.text("sharedComment", shared, MAX_TEXT).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            return new ApplicationOutcome.Invalid(violations);
        }
        Review review = new Review(agent.username(), scores, grid.weightedScore(scores), internal, shared, at);
        List<Review> next = new ArrayList<>(reviews);
        next.removeIf(r -> r.reviewer().equals(agent.username()));
        next.add(review);
        return new ApplicationOutcome.Changed(new Draft(this).reviews(next).build(at, agent.username(), "REVIEWED",
                "Note pondérée " + review.weightedScore().toPlainString() + " / 20"), List.of());
    }

    /** The agent steps out: a declared conflict of interest removes their review and keeps them from instructing. */
    public ApplicationOutcome declareConflict(String reason, Agent agent, Instant at) {
        if (agent.isTerritoryAccount() || !agent.instructs()) {
            return new ApplicationOutcome.Forbidden("Seuls les agents des directions instructrices déclarent un "
                    + "conflit d'intérêts.");
        }
        if (hasConflict(agent.username())) {
            return new ApplicationOutcome.Unchanged(this);
        }
        String why = clean(reason);
        if (why == null) {
            return new ApplicationOutcome.Invalid(List.of(new Violation("reason", "reason.required",
                    "Précisez la nature du conflit d'intérêts (4 000 caractères au plus).")));
        }
        Optional<Violation> tooLong = InputBounds.text("reason", why, MAX_TEXT);
        if (tooLong.isPresent()) {
            return new ApplicationOutcome.Invalid(List.of(tooLong.get()));
        }
        List<ConflictOfInterest> next = new ArrayList<>(conflicts);
        next.add(new ConflictOfInterest(agent.username(), why, at));
        List<Review> remaining = reviews.stream().filter(r -> !r.reviewer().equals(agent.username())).toList();
        return new ApplicationOutcome.Changed(new Draft(this).conflicts(next).reviews(remaining)
                .build(at, agent.username(), "CONFLICT_DECLARED", why), List.of());
    }

    /**
     * The opinion of the EPT of one of the project's territories: given by that EPT's own account, or recorded by an
     * instructing agent on its behalf. A new opinion of the same EPT replaces the former one (both stay in the
     * history).
     */
    public ApplicationOutcome giveOpinion(String territoryCode, Opinion opinion, String comment, Agent agent,
                                          Instant at) {
        if (agent.isTerritoryAccount()) {
            if (!agent.territory().equals(territoryCode) || !details.territoryCodes().contains(territoryCode)) {
                return new ApplicationOutcome.Forbidden("Un EPT ne donne son avis que sur les projets de son "
                        + "territoire (" + agent.territory() + ").");
            }
        } else {
            Optional<ApplicationOutcome.Forbidden> forbidden = mayInstruct(agent);
            if (forbidden.isPresent()) {
                return forbidden.get();
            }
        }
        if (status != ApplicationStatus.TERRITORY_OPINION_REQUESTED) {
            return new ApplicationOutcome.NotAllowedNow("opinion.notRequested", "L'avis de l'EPT n'est pas demandé : "
                    + "la candidature est « " + status.label() + " ».");
        }
        List<Violation> violations = new ArrayList<>();
        if (!details.territoryCodes().contains(territoryCode)) {
            violations.add(new Violation("territoryCode", "territoryCode.notConcerned", "Le projet n'agit pas sur "
                    + "le territoire " + territoryCode + " (territoires : "
                    + String.join(", ", details.territoryCodes()) + ")."));
        }
        String text = clean(comment);
        if (opinion == null) {
            violations.add(new Violation("opinion", "opinion.required",
                    "Choisissez un avis : favorable, réservé ou défavorable."));
        } else if (opinion != Opinion.FAVOURABLE && text == null) {
            violations.add(new Violation("comment", "comment.required",
                    "Un avis réservé ou défavorable est motivé."));
        }
        if (text != null && text.length() > MAX_TEXT) {
            violations.add(new Violation("comment", "comment.size", "4 000 caractères au plus."));
        }
        if (!violations.isEmpty()) {
            return new ApplicationOutcome.Invalid(violations);
        }
        List<TerritoryOpinion> next = new ArrayList<>(opinions);
        next.removeIf(o -> o.territoryCode().equals(territoryCode));
        next.add(new TerritoryOpinion(territoryCode, opinion, text, agent.username(), !agent.isTerritoryAccount(), at));
        return new ApplicationOutcome.Changed(new Draft(this).opinions(next).build(at, agent.username(),
                "OPINION_GIVEN", Territories.label(territoryCode) + " : " + opinion.label() + (text == null ? "" : " — " + text)),
                List.of());
    }

    /** The workflow steps this agent may take now (for the UI to offer them). */
    public List<WorkflowAction> availableActions(Agent agent) {
        return WorkflowAction.availableFrom(status).stream().filter(a -> mayTake(a, agent).isEmpty()).toList();
    }

    public boolean hasConflict(String username) {
        return conflicts.stream().anyMatch(c -> c.reviewer().equals(username));
    }

    /** The mean of the reviewers' weighted scores on 20, empty before the first review. */
    public Optional<BigDecimal> averageScore() {
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = reviews.stream().map(Review::weightedScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP));
    }

    public Optional<TerritoryOpinion> opinionOf(String territoryCode) {
        return opinions.stream().filter(o -> o.territoryCode().equals(territoryCode)).findFirst();
    }

    private Optional<ApplicationOutcome.Forbidden> mayTake(WorkflowAction action, Agent agent) {
        if (agent.isTerritoryAccount()) {
            return Optional.of(new ApplicationOutcome.Forbidden("Un EPT donne son avis ; il ne fait pas avancer "
                    + "l'instruction."));
        }
        if (action.pilotOnly() && !agent.pilot()) {
            return Optional.of(new ApplicationOutcome.Forbidden("Seules la DMTA, pilote de l'Appel à Agir, et "
                    + "l'administration peuvent " + action.label() + "."));
        }
        return mayInstruct(agent);
    }

    private Optional<ApplicationOutcome.Forbidden> mayInstruct(Agent agent) {
        if (agent.pilot()) {
            return hasConflict(agent.username()) ? Optional.of(conflictOut()) : Optional.empty();
        }
        if (agent.isTerritoryAccount() || agent.directorates().stream().noneMatch(directorates::contains)) {
            String assigned = directorates.isEmpty() ? "aucune direction n'est encore désignée" : "directions "
                    + "désignées : " + labels(directorates);
            return Optional.of(new ApplicationOutcome.Forbidden("Seules les directions désignées pour instruire "
                    + "cette candidature, la DMTA et l'administration peuvent le faire (" + assigned + ")."));
        }
        return hasConflict(agent.username()) ? Optional.of(conflictOut()) : Optional.empty();
    }

    private static ApplicationOutcome.Forbidden conflictOut() {
        return new ApplicationOutcome.Forbidden("Vous avez déclaré un conflit d'intérêts sur cette candidature : "
                + "vous ne participez plus à son instruction.");
    }

    private ApplicationOutcome illegal(WorkflowAction action) {
        Set<WorkflowAction> possible = WorkflowAction.availableFrom(status);
        String options = possible.isEmpty() ? "aucune étape ne suit cet état"
                : "étapes possibles : " + possible.stream().map(WorkflowAction::label).collect(Collectors.joining(", "));
        return new ApplicationOutcome.NotAllowedNow("transition.illegal", "Impossible de " + action.label()
                + " une candidature « " + status.label() + " » (" + options + ").");
    }

    private Decision decide(boolean granted, TransitionRequest request, String reason, List<Violation> violations) {
        BigDecimal amount = null;
        if (granted) {
            amount = request.amount();
            Optional<Violation> outOfBounds = InputBounds.positiveAmount("amount", amount);
            if (amount == null) {
                violations.add(new Violation("amount", "amount.required",
                        "Indiquez le montant accordé, en euros (deux décimales au plus)."));
            } else if (outOfBounds.isPresent()) {
                violations.add(outOfBounds.get());
            } else if (amount.compareTo(details.amounts().total()) > 0) {
                violations.add(new Violation("amount", "amount.aboveRequest", "Le montant accordé ne peut pas "
                        + "dépasser le montant demandé (" + details.amounts().total().toPlainString() + " €)."));
            }
        }
        String reference = clean(request.decisionReference());
        if (reference == null) {
            violations.add(new Violation("decisionReference", "decisionReference.required",
                    "Indiquez la référence de la délibération (100 caractères au plus)."));
        }
        InputBounds.text("decisionReference", reference, MAX_REFERENCE).ifPresent(violations::add);
        if (request.decidedOn() == null) {
            violations.add(new Violation("decidedOn", "decidedOn.required", "Indiquez la date du vote."));
        } else if (receivedAfter(request.decidedOn())) {
            violations.add(new Violation("decidedOn", "decidedOn.beforeReceipt", "Le vote ne peut pas précéder "
                    + "la réception du dossier : le dossier " + id + " a été reçu le " + french(receivedOn())
                    + ", le vote est daté du " + french(request.decidedOn()) + "."));
        }
        return new Decision(granted, amount, reason, reference, request.decidedOn());
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    private static String labels(Collection<Directorate> directorates) {
        return directorates.stream().map(Directorate::label).collect(Collectors.joining(", "));
    }

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** A working copy: what changes, then one new version with one more history line. */
    private static final class Draft {
        private final Application from;
        private ApplicationStatus status;
        private ApplicationStatus correctionReturnsTo;
        private Set<Directorate> directorates;
        private List<Review> reviews;
        private List<ConflictOfInterest> conflicts;
        private List<TerritoryOpinion> opinions;
        private Decision decision;
        private List<InformationAnswer> answers;

        Draft(Application from) {
            this.from = from;
            this.status = from.status;
            this.correctionReturnsTo = from.correctionReturnsTo;
            this.directorates = from.directorates;
            this.reviews = from.reviews;
            this.conflicts = from.conflicts;
            this.opinions = from.opinions;
            this.decision = from.decision;
            this.answers = from.answers;
        }

        Draft answers(List<InformationAnswer> next) {
            this.answers = next;
            return this;
        }

        Draft status(ApplicationStatus next, ApplicationStatus returnsTo) {
            this.status = next;
            this.correctionReturnsTo = returnsTo;
            return this;
        }

        Draft directorates(Set<Directorate> next) {
            this.directorates = next;
            return this;
        }

        Draft reviews(List<Review> next) {
            this.reviews = next;
            return this;
        }

        Draft conflicts(List<ConflictOfInterest> next) {
            this.conflicts = next;
            return this;
        }

        Draft opinions(List<TerritoryOpinion> next) {
            this.opinions = next;
            return this;
        }

        Draft decision(Decision next) {
            this.decision = next;
            return this;
        }

        Application build(Instant at, String by, String what, String note) {
            List<HistoryEntry> history = new ArrayList<>(from.history);
            history.add(new HistoryEntry(at, by, what, from.status, status, note));
            return new Application(from.id, from.callId, from.callYear, from.details, from.channel,
                    from.possibleDuplicateOf, status, correctionReturnsTo, directorates, reviews, conflicts, opinions,
                    decision, history, answers, from.version + 1, from.submittedAt, from.submittedBy, from.receivedOn,
                    at, by);
        }
    }

    public String id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public int callYear() {
        return callYear;
    }

    public ApplicationDetails details() {
        return details;
    }

    public Channel channel() {
        return channel;
    }

    public Optional<String> possibleDuplicateOf() {
        return Optional.ofNullable(possibleDuplicateOf);
    }

    public ApplicationStatus status() {
        return status;
    }

    /** While a correction is asked for, the state the application goes back to once corrected. */
    public Optional<ApplicationStatus> correctionReturnsTo() {
        return Optional.ofNullable(correctionReturnsTo);
    }

    public Set<Directorate> directorates() {
        return directorates;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public List<ConflictOfInterest> conflicts() {
        return conflicts;
    }

    public List<TerritoryOpinion> opinions() {
        return opinions;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public List<HistoryEntry> history() {
        return history;
    }

    public List<InformationAnswer> answers() {
        return answers;
    }

    public long version() {
        return version;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The day the file reached the Département (a paper file's stamp), from which delays are counted. */
    public LocalDate receivedOn() {
        return receivedOn != null ? receivedOn : LocalDate.ofInstant(submittedAt, PARIS_TIME);
    }

    /**
     * Whether the file reached the Département after {@code day}: no decision on it (a vote, a sitting of the
     * assembly) may be dated before its receipt.
     */
    public boolean receivedAfter(LocalDate day) {
        return receivedOn().isAfter(day);
    }

    /** The receipt date as recorded, only when it differs from the day of submission. */
    public Optional<LocalDate> recordedReceipt() {
        return Optional.ofNullable(receivedOn);
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
