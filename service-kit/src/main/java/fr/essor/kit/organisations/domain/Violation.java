package fr.essor.kit.organisations.domain;

/** Why a field of an organisation was refused: a stable code and a French message. */
public record Violation(String field, String code, String message) {

    /** One of the shared bounds ({@link fr.essor.kit.domain.InputBounds}), as a violation. */
    public static Violation of(fr.essor.kit.problem.FieldViolation bound) {
        return new Violation(bound.field(), bound.code(), bound.message());
    }
}
