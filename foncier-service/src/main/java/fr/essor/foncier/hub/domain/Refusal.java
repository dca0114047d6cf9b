package fr.essor.foncier.hub.domain;

/** Why a command on the hub was refused: the field at fault, a stable code for API clients and a French message. */
public record Refusal(String field, String code, String message) {
}
