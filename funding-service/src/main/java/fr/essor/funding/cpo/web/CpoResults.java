package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.application.CpoAdministration;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoOutcome;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/** Maps a CPO's outcomes to HTTP for the API (problem+json: 400 fields, 409 state, 403 agent). */
final class CpoResults {

    private CpoResults() {
    }

    static NotFoundException unknown(String id) {
        return new NotFoundException("Aucune convention pluriannuelle « " + id + " ».");
    }

    static Cpo cpoOrThrow(CpoAdministration.Result result) {
        return switch (result) {
            case CpoAdministration.Unknown unknown -> throw unknown(unknown.id());
            case CpoAdministration.Done done -> cpoOrThrow(done.outcome());
        };
    }

    static Cpo cpoOrThrow(CpoOutcome outcome) {
        return switch (outcome) {
            case CpoOutcome.Changed changed -> changed.cpo();
            case CpoOutcome.Invalid invalid -> throw new InvalidCommandException(invalid.violations().stream().toList());
            case CpoOutcome.NotAllowedNow notNow ->
                    throw new ConflictException(notNow.message());
            case CpoOutcome.Forbidden forbidden ->
                    throw new AccessDeniedException(forbidden.reason());
        };
    }
}
