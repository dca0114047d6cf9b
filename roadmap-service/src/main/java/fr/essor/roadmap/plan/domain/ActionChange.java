package fr.essor.roadmap.plan.domain;

import java.time.Instant;

/**
 * One entry of an action's history: who changed which field when, from what to what. Values are stored as codes or
 * ISO text ({@code IN_PROGRESS}, {@code 2026-03-31}); the UI labels them.
 */
public record ActionChange(Instant at, String by, String field, String before, String after) {
}
