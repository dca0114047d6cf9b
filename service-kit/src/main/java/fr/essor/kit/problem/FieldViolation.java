package fr.essor.kit.problem;

/**
 * One rejected field of a command: a stable {@code code} for API clients (e.g. {@code siret.checksum}) and a French
 * {@code message} for people.
 */
public record FieldViolation(String field, String code, String message) {
}
