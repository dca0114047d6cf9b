package fr.essor.funding.cpo.domain;

import java.time.Instant;

/** A fact a CPO publishes (the CPO as it is right after it). */
public sealed interface CpoEvent {

    String eventId();

    Cpo cpo();

    Instant occurredAt();

    String recordedBy();

    /** Both parties signed the agreement. */
    record Signed(String eventId, Cpo cpo, Instant occurredAt, String recordedBy) implements CpoEvent {
    }

    /** A payment was made on an instalment. */
    record PaymentMade(String eventId, Cpo cpo, CpoPayment payment, Instant occurredAt, String recordedBy)
            implements CpoEvent {
    }
}
