package fr.essor.roadmap.indicators.domain;

/** A rule a command breaks: a stable code for API clients and a French message for people. */
public record Violation(String field, String code, String message) {

    /** One of the shared bounds ({@link fr.essor.kit.domain.InputBounds}), as a violation. */
    public static Violation of(fr.essor.kit.problem.FieldViolation bound) {
        return new Violation(bound.field(), bound.code(), bound.message());
    }
}
