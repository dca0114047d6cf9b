package fr.essor.funding.decisions.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The assembly's vote on one application of a session: granted with an amount, or refused; always justified. */
public record Vote(boolean granted, BigDecimal amount, String justification, String recordedBy, Instant recordedAt) {
}
