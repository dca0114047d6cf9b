package fr.essor.funding.aaa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The assembly's vote on an application: granted with an amount, or refused; always with its justification. */
public record Decision(boolean granted, BigDecimal amount, String justification, String reference,
                       LocalDate decidedOn) {
}
