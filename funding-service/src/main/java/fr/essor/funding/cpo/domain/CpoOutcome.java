package fr.essor.funding.cpo.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;

/** What asking a CPO to change gave; a business "no" is a value (400 fields, 409 state, 403 agent). */
public sealed interface CpoOutcome {

    record Changed(Cpo cpo, List<CpoEvent> events) implements CpoOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    record Invalid(List<Violation> violations) implements CpoOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotAllowedNow(String code, String message) implements CpoOutcome {
    }

    record Forbidden(String reason) implements CpoOutcome {
    }
}
