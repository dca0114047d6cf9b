package fr.essor.roadmap.plan.domain;

import java.time.Instant;

/** A dated follow-up note on an action, with its author. Notes are never edited nor removed. */
public record FollowUpNote(String id, Instant writtenAt, String author, String text) {
}
