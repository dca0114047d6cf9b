package fr.essor.funding.scic.domain;

import java.time.Instant;

/** One line of a stake's history: who did what, when, and a French note of what it was. */
public record StakeHistoryEntry(Instant at, String by, String what, String note) {
}
