package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;

/** What a command on a stake came to: a new state with its facts, or a typed refusal. */
public sealed interface StakeOutcome {

    record Changed(ScicStake stake, List<ScicStakeEvent> events) implements StakeOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    /** Some fields are wrong; nothing changes. */
    record Invalid(List<Violation> violations) implements StakeOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** The stake's state does not allow this now (e.g. increasing a stake already sold). */
    record NotAllowedNow(String code, String message) implements StakeOutcome {
    }
}
