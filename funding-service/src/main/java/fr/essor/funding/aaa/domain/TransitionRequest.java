package fr.essor.funding.aaa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What comes with a workflow step: why (required for refusals, corrections and votes), and for a vote the amount
 * granted, the deliberation's reference and its date.
 */
public record TransitionRequest(String reason, BigDecimal amount, String decisionReference, LocalDate decidedOn) {

    public static TransitionRequest because(String reason) {
        return new TransitionRequest(reason, null, null, null);
    }
}
