package fr.essor.roadmap.plan.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.roadmap.plan.domain.Action;

/** A follow-up note; its date and author are the request's. */
public record NoteRequest(@Bounds.Text(Action.MAX_NOTE) String text) {
}
