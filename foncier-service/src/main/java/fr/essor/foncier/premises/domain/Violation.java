package fr.essor.foncier.premises.domain;

/** Why a field of a need or an offer was refused: a stable code for API clients and a French message. */
public record Violation(String field, String code, String message) {
}
