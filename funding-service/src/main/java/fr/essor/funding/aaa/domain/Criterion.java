package fr.essor.funding.aaa.domain;

/** One criterion of a call's scoring grid: a stable code, its French label and its weight in the total. */
public record Criterion(String code, String label, int weight) {
}
