package fr.essor.roadmap.plan.domain;

/** Why a change of an action was refused: the field, a stable code for the API and a French message. */
public record RuleViolation(String field, String code, String message) {
}
