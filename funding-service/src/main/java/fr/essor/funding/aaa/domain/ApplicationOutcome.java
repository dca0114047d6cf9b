package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import java.util.List;

/**
 * What asking an application to change gave. A business "no" is a value, never an exception: fields breaking a rule
 * ({@link Invalid}, HTTP 400), a step the current state does not allow ({@link NotAllowedNow}, HTTP 409, with a stable
 * code), or an agent who may not do it ({@link Forbidden}, HTTP 403).
 */
public sealed interface ApplicationOutcome {

    record Changed(Application application, List<ApplicationEvent> events) implements ApplicationOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    record Unchanged(Application application) implements ApplicationOutcome {
    }

    record Invalid(List<Violation> violations) implements ApplicationOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotAllowedNow(String code, String message) implements ApplicationOutcome {
    }

    record Forbidden(String reason) implements ApplicationOutcome {
    }
}
