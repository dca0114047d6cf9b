package fr.essor.funding.grants.domain;

/**
 * Where a report submitted online stands: received and waiting for an agent, accepted (it is the report the grant
 * waited for and releases its instalment) or refused with a reason (the organisation sends a new one).
 */
public enum ReportStatus {
    RECEIVED, ACCEPTED, REFUSED
}
