package fr.essor.funding.aaa.domain;

/** Why a field of a command was refused: the field, a stable code for the API and a French message for people. */
public record Violation(String field, String code, String message) {

    /** One of the kit's shared bounds ({@link fr.essor.kit.domain.InputBounds}), as a violation of this domain. */
    public static Violation of(fr.essor.kit.problem.FieldViolation bound) {
        return new Violation(bound.field(), bound.code(), bound.message());
    }
}
