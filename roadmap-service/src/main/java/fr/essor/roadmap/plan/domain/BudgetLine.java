package fr.essor.roadmap.plan.domain;

import java.math.BigDecimal;

/** What an action plans to spend and has spent in one year, in euros. */
public record BudgetLine(int year, BigDecimal planned, BigDecimal spent) {
}
