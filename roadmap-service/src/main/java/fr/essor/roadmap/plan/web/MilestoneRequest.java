package fr.essor.roadmap.plan.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.roadmap.plan.domain.Action;

import java.time.LocalDate;

/** A new milestone, or (with {@code done} only) a milestone marked done or not done. */
public record MilestoneRequest(@Bounds.Text(Action.MAX_TEXT) String title, LocalDate dueDate, Boolean done) {
}
