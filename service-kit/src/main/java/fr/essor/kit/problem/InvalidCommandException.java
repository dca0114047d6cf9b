package fr.essor.kit.problem;

import java.util.List;

/** A command rejected by the domain rules, answered 400 with the field violations; nothing is written. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidCommandException(List<FieldViolation> violations) {
        super("Invalid command: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
