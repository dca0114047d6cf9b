package fr.essor.foncier.intermediation.domain;

import java.time.Instant;

/** One line of an intermediation's history: what was done, at which stage it left it, by whom and when. */
public record Step(String action, Stage stage, String note, Instant at, String by) {
}
