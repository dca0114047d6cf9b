package fr.essor.funding.grants.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment made on one instalment: how much, on which date, recorded by whom and when. */
public record Payment(int number, int instalment, BigDecimal amount, LocalDate paidOn, String recordedBy,
                      Instant recordedAt) {
}
