package fr.essor.funding.grants.domain;

import java.time.Instant;

/** The applicant's confirmation, online, that it has read the agreement: which account, when. */
public record AgreementAcknowledgement(String by, Instant at) {
}
