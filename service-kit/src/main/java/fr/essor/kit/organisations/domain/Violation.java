package fr.essor.kit.organisations.domain;

/** Why a field of an organisation was refused: a stable code and a French message. */
public record Violation(String field, String code, String message) {
}
