package fr.essor.funding.decisions.application;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.decisions.domain.AgendaItem;
import fr.essor.funding.decisions.domain.SessionOutcome;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The use cases of a voting session: open it, put proposed applications on its agenda, record each vote, close it.
 * Each loads the session, asks it for one change and saves it once. Closing also applies each vote to its application
 * (which publishes application-decided and, when granted, grant-awarded, once: an application leaves « Proposée au
 * vote » only there) before the closed session is saved with its laureate lists; a closing interrupted half-way is
 * simply asked again: the applications already decided under this deliberation are skipped.
 */
public class Voting {

    private final VotingSessions sessions;
    private final Applications applications;
    private final Instruction instruction;
    private final List<String> territories;
    private final Clock clock;

    public Voting(VotingSessions sessions, Applications applications, Instruction instruction,
                  List<String> territories, Clock clock) {
        this.sessions = sessions;
        this.applications = applications;
        this.instruction = instruction;
        this.territories = List.copyOf(territories);
        this.clock = clock;
    }

    public sealed interface Result {
    }

    public record Done(SessionOutcome outcome) implements Result {
    }

    public record Unknown(String what) implements Result {
    }

    public Result open(int callYear, LocalDate sittingOn, String deliberationReference, Actor actor) {
        SessionOutcome outcome = VotingSession.open(sessions::nextId, callYear, sittingOn,
                deliberationReference, Agents.of(actor), clock.instant());
        if (outcome instanceof SessionOutcome.Changed changed) {
            sessions.add(changed.session());
        }
        return new Done(outcome);
    }

    public Result propose(String sessionId, String applicationId, Actor actor) {
        Optional<Application> application = applications.find(applicationId);
        if (application.isEmpty()) {
            return new Unknown("candidature " + applicationId);
        }
        Optional<VotingSession> elsewhere = sessions.openHolding(applicationId)
                .filter(s -> !s.id().equals(sessionId));
        if (elsewhere.isPresent()) {
            return new Done(new SessionOutcome.NotAllowedNow("session.alreadyOnAgenda", "La candidature "
                    + applicationId + " est déjà à l'ordre du jour de la séance " + elsewhere.get().id() + "."));
        }
        return apply(sessionId, (session, at) -> session.propose(application.get(), Agents.of(actor), at));
    }

    public Result withdraw(String sessionId, String applicationId, Actor actor) {
        return apply(sessionId, (session, at) -> session.withdraw(applicationId, Agents.of(actor), at));
    }

    public Result recordVote(String sessionId, String applicationId, boolean granted, BigDecimal amount,
                             String justification, Actor actor) {
        return apply(sessionId, (session, at) -> session.recordVote(applicationId, granted, amount, justification,
                Agents.of(actor), at));
    }

    public Result close(String sessionId, Actor actor) {
        Optional<VotingSession> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            return new Unknown("séance " + sessionId);
        }
        VotingSession session = found.get();
        // every file is checked before any vote applies: a refused closing writes and publishes nothing
        List<Application> files = session.agenda().stream().map(i -> applications.find(i.applicationId()))
                .flatMap(Optional::stream).toList();
        SessionOutcome outcome = session.close(territories, files, Agents.of(actor), clock.instant());
        if (!(outcome instanceof SessionOutcome.Changed changed)) {
            return new Done(outcome);
        }
        for (AgendaItem item : session.agenda()) {
            Optional<SessionOutcome> refused = applyVote(session, item, actor);
            if (refused.isPresent()) {
                return new Done(refused.get());
            }
        }
        sessions.save(changed.session(), session.version(), changed.events());
        return new Done(outcome);
    }

    private Optional<SessionOutcome> applyVote(VotingSession session, AgendaItem item, Actor actor) {
        var vote = item.vote();
        TransitionRequest request = new TransitionRequest(vote.justification(), vote.amount(),
                session.deliberationReference(), session.sittingOn());
        Instruction.Result result = instruction.performOnBehalf(item.applicationId(),
                vote.granted() ? WorkflowAction.GRANT : WorkflowAction.REFUSE, request, actor);
        if (result instanceof Instruction.Done done && done.outcome() instanceof ApplicationOutcome.Changed) {
            return Optional.empty();
        }
        Optional<Application> application = applications.find(item.applicationId());
        boolean alreadyApplied = application.flatMap(Application::decision)
                .filter(d -> d.reference().equals(session.deliberationReference())
                        && d.decidedOn().equals(session.sittingOn()) && d.granted() == vote.granted())
                .isPresent();
        if (alreadyApplied) {
            return Optional.empty();
        }
        String state = application.map(a -> "« " + a.status().label() + " »").orElse("introuvable");
        return Optional.of(new SessionOutcome.NotAllowedNow("session.applicationMoved", "La candidature "
                + item.applicationId() + " est " + state + " : son vote ne peut plus s'appliquer. Retirez-la de "
                + "l'ordre du jour avant de clore la séance."));
    }

    private Result apply(String id, BiFunction<VotingSession, Instant, SessionOutcome> change) {
        Optional<VotingSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return new Unknown("séance " + id);
        }
        VotingSession session = found.get();
        SessionOutcome outcome = change.apply(session, clock.instant());
        if (outcome instanceof SessionOutcome.Changed changed) {
            sessions.save(changed.session(), session.version(), changed.events());
        }
        return new Done(outcome);
    }
}
