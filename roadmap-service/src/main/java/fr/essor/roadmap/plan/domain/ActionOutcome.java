package fr.essor.roadmap.plan.domain;

import fr.essor.kit.domain.Violation;
import java.util.List;
import java.util.Optional;

/** What asking an action to change gave: a new state (maybe with a fact to publish), nothing to do, or a refusal. */
public sealed interface ActionOutcome {

    /** The action changed; {@code event} is present when its status did. */
    record Changed(Action action, Optional<ActionStatusChanged> event) implements ActionOutcome {
    }

    /** The request changes nothing. */
    record Unchanged(Action action) implements ActionOutcome {
    }

    /** The request breaks a rule: nothing changes. */
    record Refused(List<Violation> violations) implements ActionOutcome {
    }

    /** The editor may not make this change. */
    record Forbidden(String reason) implements ActionOutcome {
    }

    /** The milestone or budget line named by the request does not exist. */
    record Missing(String message) implements ActionOutcome {
    }
}
