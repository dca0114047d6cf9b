package fr.essor.roadmap.indicators.domain;

/** A rule a command breaks: a stable code for API clients and a French message for people. */
public record Violation(String field, String code, String message) {
}
