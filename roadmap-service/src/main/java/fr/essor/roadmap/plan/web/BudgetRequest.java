package fr.essor.roadmap.plan.web;

import java.math.BigDecimal;

/** The amounts of one year, in euros. */
public record BudgetRequest(BigDecimal planned, BigDecimal spent) {
}
