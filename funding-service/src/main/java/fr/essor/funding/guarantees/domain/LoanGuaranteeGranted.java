package fr.essor.funding.guarantees.domain;

import java.time.Instant;

/** The Département granted a loan guarantee; carries the guarantee as granted. */
public record LoanGuaranteeGranted(String eventId, LoanGuarantee guarantee, Instant occurredAt, String recordedBy) {
}
