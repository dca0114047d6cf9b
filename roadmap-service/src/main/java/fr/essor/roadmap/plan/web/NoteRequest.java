package fr.essor.roadmap.plan.web;

/** A follow-up note; its date and author are the request's. */
public record NoteRequest(String text) {
}
