package fr.essor.procurement.clauses.domain;

import java.math.BigDecimal;

/** How many people of one public worked in a period, and how many hours they did: counts, never persons. */
public record PublicCount(InsertionPublic insertionPublic, int people, BigDecimal hours) {
}
