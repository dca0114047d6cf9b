package fr.essor.funding.decisions.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;

/**
 * What asking a voting session to change gave; a business "no" is a value: field errors (400), a step the session's
 * state does not allow (409 with a stable code), an agent who may not (403).
 */
public sealed interface SessionOutcome {

    record Changed(VotingSession session, List<LaureatesPublished> events) implements SessionOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    record Unchanged(VotingSession session) implements SessionOutcome {
    }

    record Invalid(List<Violation> violations) implements SessionOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotAllowedNow(String code, String message) implements SessionOutcome {
    }

    record Forbidden(String reason) implements SessionOutcome {
    }
}
