package fr.essor.funding.decisions.web;

import fr.essor.funding.web.FundingProblemException;
import fr.essor.funding.decisions.application.Voting;
import fr.essor.funding.decisions.domain.SessionOutcome;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import org.springframework.http.HttpStatus;

/** Maps a voting session's outcomes to HTTP for the API: the session, 400 fields, 403 or 409 with a code. */
final class SessionResults {

    private SessionResults() {
    }

    static VotingSession sessionOrThrow(Voting.Result result) {
        return switch (result) {
            case Voting.Unknown unknown -> throw new NotFoundException("Introuvable : " + unknown.what() + ".");
            case Voting.Done done -> switch (done.outcome()) {
                case SessionOutcome.Changed changed -> changed.session();
                case SessionOutcome.Unchanged unchanged -> unchanged.session();
                case SessionOutcome.Invalid invalid -> throw new InvalidCommandException(invalid.violations().stream().toList());
                case SessionOutcome.NotAllowedNow notNow ->
                        throw new FundingProblemException(HttpStatus.CONFLICT, notNow.code(), notNow.message());
                case SessionOutcome.Forbidden forbidden ->
                        throw new FundingProblemException(HttpStatus.FORBIDDEN, "forbidden", forbidden.reason());
            };
        };
    }
}
