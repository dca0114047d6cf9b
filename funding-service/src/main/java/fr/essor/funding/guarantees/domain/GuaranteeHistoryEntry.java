package fr.essor.funding.guarantees.domain;

import java.time.Instant;

/** One line of a guarantee's history: who did what, when, and a French note. */
public record GuaranteeHistoryEntry(Instant at, String by, String what, String note) {
}
