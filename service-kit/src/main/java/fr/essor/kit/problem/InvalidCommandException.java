package fr.essor.kit.problem;

import fr.essor.kit.domain.Violation;
import java.util.List;

/** A command rejected by the domain rules, answered 400 with the field violations; nothing is written. */
public class InvalidCommandException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super("Invalid command: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
