package fr.essor.funding.grants.domain;

import java.math.BigDecimal;

/** One planned payment of a grant: its rank, what releases it, for which project year, and how much. */
public record Instalment(int number, Trigger trigger, int projectYear, BigDecimal amount, String label) {
}
