package fr.essor.foncier.intermediation.domain;

/** Why an intermediation was closed without a lease, with the cell's explanation. */
public record Closure(ClosureReason reason, String note) {
}
