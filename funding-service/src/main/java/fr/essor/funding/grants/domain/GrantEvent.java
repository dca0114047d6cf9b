package fr.essor.funding.grants.domain;

/** A fact a grant file publishes: its agreement signed, a payment made, a report submitted online or reviewed. */
public sealed interface GrantEvent permits AgreementSigned, PaymentMade, ReportSubmitted, ReportReviewed {

    String eventId();

    GrantFile file();
}
