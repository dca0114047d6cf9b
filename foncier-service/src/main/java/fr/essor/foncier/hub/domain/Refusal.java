package fr.essor.foncier.hub.domain;

/** Why a command on the hub was refused: the field at fault, a stable code for API clients and a French message. */
public record Refusal(String field, String code, String message) {

    /** One of the kit's shared bounds ({@link fr.essor.kit.domain.InputBounds}), as a refusal on the hub. */
    public static Refusal of(fr.essor.kit.problem.FieldViolation bound) {
        return new Refusal(bound.field(), bound.code(), bound.message());
    }
}
