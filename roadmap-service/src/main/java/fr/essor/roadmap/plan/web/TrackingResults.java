package fr.essor.roadmap.plan.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Maps the result of a tracking use case to HTTP: the action when it changed or not, 400 with field violations, 403
 * saying why (problem+json), 404.
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
                case ActionOutcome.Refused refused -> throw new InvalidCommandException(refused.violations().stream().toList());
                case ActionOutcome.Forbidden forbidden -> throw forbidden(forbidden.reason());
                case ActionOutcome.Missing missing -> throw new NotFoundException(missing.message());
            };
        };
    }

    static ErrorResponseException forbidden(String reason) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason), null);
    }

    static NotFoundException unknownAction(String code) {
        return new NotFoundException("Aucune action " + code + " dans la feuille de route.");
    }
}
