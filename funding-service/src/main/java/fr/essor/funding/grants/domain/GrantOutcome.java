package fr.essor.funding.grants.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;

/** What asking a grant file to change gave; a business "no" is a value (400 fields, 409 state, 403 agent). */
public sealed interface GrantOutcome {

    record Changed(GrantFile file, List<GrantEvent> events) implements GrantOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    record Invalid(List<Violation> violations) implements GrantOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotAllowedNow(String code, String message) implements GrantOutcome {
    }

    record Forbidden(String reason) implements GrantOutcome {
    }
}
