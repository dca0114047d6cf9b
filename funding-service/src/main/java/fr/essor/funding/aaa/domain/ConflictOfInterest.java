package fr.essor.funding.aaa.domain;

import java.time.Instant;

/** A reviewer declared a conflict of interest: they no longer score nor instruct this application. */
public record ConflictOfInterest(String reviewer, String reason, Instant at) {
}
