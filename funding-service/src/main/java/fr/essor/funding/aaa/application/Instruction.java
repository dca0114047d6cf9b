package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The use cases of instructing an application: each loads it, asks it for one change, and saves it once with the
 * facts that change produced.
 */
public class Instruction {

    private final Applications applications;
    private final Calls calls;
    private final Clock clock;

    public Instruction(Applications applications, Calls calls, Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
    }

    public sealed interface Result {
    }

    public record Done(ApplicationOutcome outcome) implements Result {
    }

    public record Unknown(String applicationId) implements Result {
    }

    /**
     * Takes one instruction step asked by an instructor: the application answers, refusing with
     * {@code step.recordedElsewhere} a vote, an agreement or a payment, which their owners record.
     */
    public Result perform(String id, WorkflowAction action, TransitionRequest request, Actor actor) {
        return apply(id, (application, at) -> application.perform(action, request, Agents.of(actor), at,
                WorkflowAction.RecordedThrough.INSTRUCTION));
    }

    /**
     * Takes a step that a voting session or a grant file owns, on their behalf (their use cases call it, never a
     * controller).
     */
    public Result performOnBehalf(String id, WorkflowAction action, TransitionRequest request, Actor actor) {
        return apply(id, (application, at) -> application.perform(action, request, Agents.of(actor), at));
    }

    public Result assign(String id, Set<Directorate> directorates, Actor actor) {
        return apply(id, (application, at) -> application.assign(directorates, Agents.of(actor), at));
    }

    public Result review(String id, Map<String, Integer> scores, String internalComment, String sharedComment,
                         Actor actor) {
        return apply(id, (application, at) -> application.review(callOf(application).grid(), scores,
                internalComment, sharedComment, Agents.of(actor), at));
    }

    public Result declareConflict(String id, String reason, Actor actor) {
        return apply(id, (application, at) -> application.declareConflict(reason, Agents.of(actor), at));
    }

    public Result giveOpinion(String id, String territoryCode, Opinion opinion, String comment, Actor actor) {
        return apply(id, (application, at) -> application.giveOpinion(territoryCode, opinion, comment,
                Agents.of(actor), at));
    }

    private Call callOf(Application application) {
        return calls.find(application.callYear()).orElseThrow(() ->
                new IllegalStateException("No call " + application.callYear() + " for " + application.id()));
    }

    private Result apply(String id, BiFunction<Application, Instant, ApplicationOutcome> change) {
        Optional<Application> found = applications.find(id);
        if (found.isEmpty()) {
            return new Unknown(id);
        }
        Application application = found.get();
        ApplicationOutcome outcome = change.apply(application, clock.instant());
        if (outcome instanceof ApplicationOutcome.Changed changed) {
            applications.save(changed.application(), application.version(), changed.events());
        }
        return new Done(outcome);
    }
}
