package fr.essor.roadmap.plan.web;

import fr.essor.kit.problem.FieldViolation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import org.springframework.security.access.AccessDeniedException;

/**
 * Maps the result of a tracking use case to HTTP: the action when it changed or not, 400 with field violations, 403
 * (Spring Security answers it as problem+json on the API), 404.
 */
final class TrackingResults {

    private TrackingResults() {
    }

    static Action actionOrThrow(ActionTracking.Result result) {
        return switch (result) {
            case ActionTracking.Unknown unknown -> throw unknownAction(unknown.code());
            case ActionTracking.Done done -> switch (done.outcome()) {
                case ActionOutcome.Changed changed -> changed.action();
                case ActionOutcome.Unchanged unchanged -> unchanged.action();
                case ActionOutcome.Refused refused -> throw new InvalidCommandException(refused.violations().stream()
                        .map(v -> new FieldViolation(v.field(), v.code(), v.message())).toList());
                case ActionOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
                case ActionOutcome.Missing missing -> throw new NotFoundException(missing.message());
            };
        };
    }

    static NotFoundException unknownAction(String code) {
        return new NotFoundException("Aucune action " + code + " dans la feuille de route.");
    }
}
