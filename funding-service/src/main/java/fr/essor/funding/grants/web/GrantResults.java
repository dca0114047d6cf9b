package fr.essor.funding.grants.web;

import fr.essor.funding.web.FundingProblemException;
import fr.essor.funding.grants.application.GrantAdministration;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import org.springframework.http.HttpStatus;

/** Maps a grant file's outcomes to HTTP for the API. */
final class GrantResults {

    private GrantResults() {
    }

    static NotFoundException noGrant(String id) {
        return new NotFoundException("Aucune subvention votée pour la candidature " + id + ".");
    }

    static GrantFile fileOrThrow(GrantAdministration.Result result) {
        return switch (result) {
            case GrantAdministration.NoGrant none -> throw noGrant(none.applicationId());
            case GrantAdministration.Done done -> switch (done.outcome()) {
                case GrantOutcome.Changed changed -> changed.file();
                case GrantOutcome.Invalid invalid -> throw new InvalidCommandException(invalid.violations().stream().toList());
                case GrantOutcome.NotAllowedNow notNow ->
                        throw new FundingProblemException(HttpStatus.CONFLICT, notNow.code(), notNow.message());
                case GrantOutcome.Forbidden forbidden ->
                        throw new FundingProblemException(HttpStatus.FORBIDDEN, "forbidden", forbidden.reason());
            };
        };
    }
}
