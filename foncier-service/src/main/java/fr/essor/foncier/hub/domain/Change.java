package fr.essor.foncier.hub.domain;

import java.time.Instant;

/** One line of a building's or a space's history: what the hub managers changed, who and when. */
public record Change(Instant at, String by, String what) {
}
