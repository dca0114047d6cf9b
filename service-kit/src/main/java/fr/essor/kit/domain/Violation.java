package fr.essor.kit.domain;

/**
 * Why a command was refused, one field at a time: the field at fault ({@code step} for a step the state does not
 * allow), a stable {@code code} for API clients (e.g. {@code siret.checksum}, {@code amount.range}) and a French
 * {@code message} for people. The one such record of every domain, of the kit's {@link InputBounds} and of the
 * problem+json answers ({@code errors} of a 400).
 */
public record Violation(String field, String code, String message) {
}
