package fr.essor.roadmap.plan.web;

import java.time.LocalDate;

/** A new milestone, or (with {@code done} only) a milestone marked done or not done. */
public record MilestoneRequest(String title, LocalDate dueDate, Boolean done) {
}
