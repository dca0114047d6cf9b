package fr.essor.funding.aaa.web;

import fr.essor.funding.web.FundingProblemException;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * Maps the domain's outcomes to HTTP for the API: the application, 400 with field errors, 403 or 409 with a code.
 * Public for the EPT API ({@code ept.web}), which answers the same problems with its own view.
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static Application applicationOrThrow(Instruction.Result result) {
        return switch (result) {
            case Instruction.Unknown unknown -> throw unknownApplication(unknown.applicationId());
            case Instruction.Done done -> applicationOrThrow(done.outcome());
        };
    }

    static Application applicationOrThrow(ApplicationOutcome outcome) {
        return switch (outcome) {
            case ApplicationOutcome.Changed changed -> changed.application();
            case ApplicationOutcome.Unchanged unchanged -> unchanged.application();
            case ApplicationOutcome.Invalid invalid -> throw invalid(invalid.violations());
            case ApplicationOutcome.NotAllowedNow notNow ->
                    throw new FundingProblemException(HttpStatus.CONFLICT, notNow.code(), notNow.message());
            case ApplicationOutcome.Forbidden forbidden -> throw forbidden(forbidden.reason());
        };
    }

    static InvalidCommandException invalid(List<Violation> violations) {
        return new InvalidCommandException(violations.stream().toList());
    }

    static FundingProblemException forbidden(String reason) {
        return new FundingProblemException(HttpStatus.FORBIDDEN, "forbidden", reason);
    }

    static NotFoundException unknownApplication(String id) {
        return new NotFoundException("Aucune candidature " + id + ".");
    }

    static NotFoundException unknownCall(int year) {
        return new NotFoundException("Aucun Appel à Agir pour l'année " + year + ".");
    }
}
