package fr.essor.funding.decisions.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import java.util.function.IntFunction;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A sitting of the elected assembly that votes on Appel à Agir applications: the applications proposed for the vote
 * are put on its agenda, the vote on each is recorded (granted with an amount, or refused, always justified), then
 * the session is closed. Closing fixes the votes (the applications take them) and publishes, for each EPT, the list
 * of the laureates acting on its territory. Only the DMTA, pilot of the call, and administrators run a session.
 */
public final class VotingSession {

    /** The longest justification of a vote. */
    public static final int MAX_TEXT = 4000;

    private final String id;
    private final int callYear;
    private final LocalDate sittingOn;
    private final String deliberationReference;
    private final List<AgendaItem> agenda;
    private final boolean closed;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public VotingSession(String id, int callYear, LocalDate sittingOn, String deliberationReference,
                         List<AgendaItem> agenda, boolean closed, long version, Instant createdAt, String createdBy,
                         Instant updatedAt, String updatedBy) {
        this.id = id;
        this.callYear = callYear;
        this.sittingOn = sittingOn;
        this.deliberationReference = deliberationReference;
        this.agenda = List.copyOf(agenda);
        this.closed = closed;
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /**
     * Opens a session of the call of {@code callYear}, sitting on a date under a deliberation reference; its id is
     * taken from {@code nextId} only once the command is valid, so that a refused one uses no number.
     */
    public static SessionOutcome open(IntFunction<String> nextId, int callYear, LocalDate sittingOn,
                                      String deliberationReference, Agent agent, Instant at) {
        if (!agent.pilot()) {
            return forbidden();
        }
        List<Violation> violations = new ArrayList<>();
        InputBounds.whole("callYear", (long) callYear, InputBounds.EARLIEST_DATE.getYear(),
                InputBounds.LATEST_DATE.getYear()).ifPresent(violations::add);
        if (sittingOn == null) {
            violations.add(new Violation("sittingOn", "sittingOn.required", "Indiquez la date de la séance."));
        }
        InputBounds.date("sittingOn", sittingOn).ifPresent(violations::add);
        String reference = clean(deliberationReference);
        if (reference == null) {
            violations.add(new Violation("deliberationReference", "deliberationReference.required",
                    "Indiquez la référence de la délibération (100 caractères au plus)."));
        }
        InputBounds.text("deliberationReference", reference, 100).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            return new SessionOutcome.Invalid(violations);
        }
        return new SessionOutcome.Changed(new VotingSession(nextId.apply(callYear), callYear, sittingOn, reference,
                List.of(), false, 1, at, agent.username(), at, agent.username()), List.of());
    }

    /** Puts an application proposed for the vote on the agenda (once). */
    public SessionOutcome propose(Application application, Agent agent, Instant at) {
        Optional<SessionOutcome> refused = mayChange(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (item(application.id()).isPresent()) {
            return new SessionOutcome.Unchanged(this);
        }
        if (application.callYear() != callYear) {
            return new SessionOutcome.NotAllowedNow("session.otherCall", "La candidature " + application.id()
                    + " relève de l'appel " + application.callYear() + ", la séance de l'appel " + callYear + ".");
        }
        if (application.status() != ApplicationStatus.PROPOSED_FOR_VOTE) {
            return new SessionOutcome.NotAllowedNow("session.notProposed", "Seule une candidature « "
                    + ApplicationStatus.PROPOSED_FOR_VOTE.label() + " » entre à l'ordre du jour ; " + application.id()
                    + " est « " + application.status().label() + " ».");
        }
        if (application.receivedAfter(sittingOn)) {
            return new SessionOutcome.Invalid(List.of(new Violation("applicationId",
                    "applicationId.receivedAfterSitting", "Le dossier " + application.id() + " a été reçu le "
                    + french(application.receivedOn()) + ", après la séance du " + french(sittingOn)
                    + " : cette séance ne peut pas le voter.")));
        }
        List<AgendaItem> next = new ArrayList<>(agenda);
        next.add(AgendaItem.of(application));
        return changed(next, agent, at);
    }

    /** Takes an application off the agenda, with its vote if one was recorded (the session is still open). */
    public SessionOutcome withdraw(String applicationId, Agent agent, Instant at) {
        Optional<SessionOutcome> refused = mayChange(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (item(applicationId).isEmpty()) {
            return new SessionOutcome.Unchanged(this);
        }
        List<AgendaItem> next = agenda.stream().filter(i -> !i.applicationId().equals(applicationId)).toList();
        return changed(next, agent, at);
    }

    /** Records (or corrects, until the session is closed) the vote on one application of the agenda. */
    public SessionOutcome recordVote(String applicationId, boolean granted, BigDecimal amount, String justification,
                                     Agent agent, Instant at) {
        Optional<SessionOutcome> refused = mayChange(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<AgendaItem> found = item(applicationId);
        if (found.isEmpty()) {
            return new SessionOutcome.NotAllowedNow("session.notOnAgenda", "La candidature " + applicationId
                    + " n'est pas à l'ordre du jour de la séance " + id + ".");
        }
        List<Violation> violations = new ArrayList<>();
        String why = clean(justification);
        if (why == null) {
            violations.add(new Violation("justification", "justification.required",
                    "Justifiez la décision (4 000 caractères au plus)."));
        }
        InputBounds.text("justification", why, MAX_TEXT).ifPresent(violations::add);
        BigDecimal granting = null;
        if (granted) {
            Optional<Violation> outOfBounds = InputBounds.positiveAmount("amount", amount);
            if (amount == null) {
                violations.add(new Violation("amount", "amount.required",
                        "Indiquez le montant accordé, en euros (deux décimales au plus)."));
            } else if (outOfBounds.isPresent()) {
                violations.add(outOfBounds.get());
            } else if (amount.compareTo(found.get().amountRequested()) > 0) {
                violations.add(new Violation("amount", "amount.aboveRequest", "Le montant accordé ne peut pas "
                        + "dépasser le montant demandé (" + found.get().amountRequested().toPlainString() + " €)."));
            } else {
                granting = amount.setScale(2);
            }
        }
        if (!violations.isEmpty()) {
            return new SessionOutcome.Invalid(violations);
        }
        Vote vote = new Vote(granted, granting, why, agent.username(), at);
        List<AgendaItem> next = agenda.stream()
                .map(i -> i.applicationId().equals(applicationId) ? i.withVote(vote) : i).toList();
        return changed(next, agent, at);
    }

    /**
     * Closes the session once every application of its agenda has its vote: the session is fixed, and one laureate
     * list is published for each EPT of {@code territories} (an empty list says "no laureate this time"). The votes
     * are dated by the sitting, so a session whose agenda holds a file received after its sitting is not closed
     * (field {@code sittingOn}, naming the files): {@code files} are the applications of its agenda as stored now.
     */
    public SessionOutcome close(List<String> territories, Collection<Application> files, Agent agent, Instant at) {
        Optional<SessionOutcome> refused = mayChange(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (agenda.isEmpty()) {
            return new SessionOutcome.NotAllowedNow("session.emptyAgenda", "L'ordre du jour est vide : proposez "
                    + "au moins une candidature avant de clore la séance.");
        }
        List<Application> receivedLater = files.stream().filter(a -> item(a.id()).isPresent())
                .filter(a -> a.receivedAfter(sittingOn)).toList();
        if (!receivedLater.isEmpty()) {
            return new SessionOutcome.Invalid(List.of(receivedAfterSitting(receivedLater)));
        }
        List<String> missing = agenda.stream().filter(i -> i.vote() == null).map(AgendaItem::applicationId).toList();
        if (!missing.isEmpty()) {
            return new SessionOutcome.NotAllowedNow("session.votesMissing", "Le vote manque pour "
                    + String.join(", ", missing) + " : enregistrez-le avant de clore la séance.");
        }
        VotingSession closedSession = new VotingSession(id, callYear, sittingOn, deliberationReference, agenda, true,
                version + 1, createdAt, createdBy, at, agent.username());
        List<LaureatesPublished> events = territories.stream().map(t -> new LaureatesPublished(
                UUID.randomUUID().toString(), closedSession, t, closedSession.laureatesOf(t), at, agent.username()))
                .toList();
        return new SessionOutcome.Changed(closedSession, events);
    }

    /** The granted applications acting on this EPT's territory, in agenda order. */
    public List<AgendaItem> laureatesOf(String territory) {
        return agenda.stream().filter(AgendaItem::granted).filter(i -> i.concerns(territory)).toList();
    }

    public Optional<AgendaItem> item(String applicationId) {
        return agenda.stream().filter(i -> i.applicationId().equals(applicationId)).findFirst();
    }

    /** The amount granted by the votes recorded so far. */
    public BigDecimal totalGranted() {
        return agenda.stream().filter(AgendaItem::granted).map(i -> i.vote().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<SessionOutcome> mayChange(Agent agent) {
        if (!agent.pilot()) {
            return Optional.of(forbidden());
        }
        if (closed) {
            return Optional.of(new SessionOutcome.NotAllowedNow("session.closed", "La séance " + id
                    + " est close : ses votes ne changent plus."));
        }
        return Optional.empty();
    }

    private SessionOutcome changed(List<AgendaItem> next, Agent agent, Instant at) {
        return new SessionOutcome.Changed(new VotingSession(id, callYear, sittingOn, deliberationReference, next,
                false, version + 1, createdAt, createdBy, at, agent.username()), List.of());
    }

    private static SessionOutcome.Forbidden forbidden() {
        return new SessionOutcome.Forbidden("Seules la DMTA, pilote de l'Appel à Agir, et l'administration "
                + "tiennent les séances de vote.");
    }

    private Violation receivedAfterSitting(List<Application> files) {
        String which = files.stream().map(a -> a.id() + " (reçu le " + french(a.receivedOn()) + ")")
                .collect(Collectors.joining(", "));
        boolean one = files.size() == 1;
        return new Violation("sittingOn", "sittingOn.beforeReceipt", "La séance du " + french(sittingOn)
                + " précède la réception " + (one ? "du dossier " : "des dossiers ") + which + " : "
                + (one ? "retirez-le" : "retirez-les") + " de l'ordre du jour pour clore la séance.");
    }

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public int callYear() {
        return callYear;
    }

    public LocalDate sittingOn() {
        return sittingOn;
    }

    public String deliberationReference() {
        return deliberationReference;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public boolean closed() {
        return closed;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
