package fr.essor.foncier.premises.domain;

/** Why a field of a need or an offer was refused: a stable code for API clients and a French message. */
public record Violation(String field, String code, String message) {

    /** One of the shared bounds ({@link fr.essor.kit.domain.InputBounds}), as a violation of a need or an offer. */
    public static Violation of(fr.essor.kit.problem.FieldViolation bound) {
        return new Violation(bound.field(), bound.code(), bound.message());
    }
}
