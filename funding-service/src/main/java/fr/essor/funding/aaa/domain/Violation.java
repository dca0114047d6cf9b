package fr.essor.funding.aaa.domain;

/** Why a field of a command was refused: the field, a stable code for the API and a French message for people. */
public record Violation(String field, String code, String message) {
}
