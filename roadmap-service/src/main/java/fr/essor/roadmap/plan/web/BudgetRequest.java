package fr.essor.roadmap.plan.web;

import fr.essor.kit.apidocs.Bounds;

import java.math.BigDecimal;

/** The amounts of one year, in euros. */
public record BudgetRequest(@Bounds.Amount BigDecimal planned, @Bounds.Amount BigDecimal spent) {
}
