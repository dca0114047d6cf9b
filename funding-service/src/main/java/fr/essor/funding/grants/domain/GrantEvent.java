package fr.essor.funding.grants.domain;

/** A fact a grant file publishes: its agreement signed, a payment made. */
public sealed interface GrantEvent permits AgreementSigned, PaymentMade {

    String eventId();

    GrantFile file();
}
