package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.Actor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One instruction step, or one assignment of directorates, applied to each chosen application of an edition: one
 * save each, an application refused does not stop the others, and the answer says per application what was done or
 * why not.
 */
public class BulkInstruction {

    /** The steps a bulk action may take: those recorded on the application itself (never a vote or a payment). */
    public static final List<WorkflowAction> STEPS = Arrays.stream(WorkflowAction.values())
            .filter(a -> a.recordedThrough() == WorkflowAction.RecordedThrough.INSTRUCTION).toList();

    private final Applications applications;
    private final Instruction instruction;

    public BulkInstruction(Applications applications, Instruction instruction) {
        this.applications = applications;
        this.instruction = instruction;
    }

    /** What a bulk action applies to each application. */
    public sealed interface Change {
    }

    /** A step of {@link #STEPS}, with the reason typed once for all. */
    public record Step(WorkflowAction action, String reason) implements Change {
    }

    public record Assignment(Set<Directorate> directorates) implements Change {
    }

    /** What the action did to one application. */
    public sealed interface Each {
        String applicationId();
    }

    /** Applied: {@code changed} is false when there was nothing to change. */
    public record Done(String applicationId, Application application, boolean changed) implements Each {
    }

    /** Refused, with the reason in French. */
    public record Refused(String applicationId, String reason) implements Each {
    }

    /** The bulk step of this code, if it is one (an unknown code or a vote is none). */
    public static Optional<WorkflowAction> step(String code) {
        return WorkflowAction.fromCode(code).filter(STEPS::contains);
    }

    /** Applies the change to each application once (an id given twice counts once), in the order given. */
    public List<Each> apply(int year, List<String> ids, Change change, Actor actor) {
        return ids.stream().distinct().map(id -> applyTo(year, id, change, actor)).toList();
    }

    private Each applyTo(int year, String id, Change change, Actor actor) {
        if (!applications.find(id).map(a -> a.callYear() == year).orElse(false)) {
            return new Refused(id, "Cette candidature n'appartient pas à l'édition " + year + ".");
        }
        Instruction.Result result = switch (change) {
            // a vote or a payment is refused by the application itself (step.recordedElsewhere)
            case Step step -> instruction.perform(id, step.action(),
                    new TransitionRequest(step.reason(), null, null, null), actor);
            case Assignment assignment -> instruction.assign(id, assignment.directorates(), actor);
        };
        return switch (result) {
            case Instruction.Unknown unknown -> new Refused(id, "Candidature introuvable.");
            case Instruction.Done done -> switch (done.outcome()) {
                case ApplicationOutcome.Changed changed -> new Done(id, changed.application(), true);
                case ApplicationOutcome.Unchanged unchanged -> new Done(id, unchanged.application(), false);
                case ApplicationOutcome.Invalid invalid -> new Refused(id, invalid.violations().stream()
                        .map(Violation::message).distinct().collect(Collectors.joining(" ")));
                case ApplicationOutcome.NotAllowedNow notNow -> new Refused(id, notNow.message());
                case ApplicationOutcome.Forbidden forbidden -> new Refused(id, forbidden.reason());
            };
        };
    }
}
