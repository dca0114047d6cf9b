package fr.essor.funding.cpo.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment made on one instalment of a CPO: how much, on which date, recorded by whom and when. */
public record CpoPayment(int number, int instalment, BigDecimal amount, LocalDate paidOn, String recordedBy,
                         Instant recordedAt) {
}
