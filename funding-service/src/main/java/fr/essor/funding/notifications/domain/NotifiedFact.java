package fr.essor.funding.notifications.domain;

import java.math.BigDecimal;

/**
 * The facts of funding's own topics an applicant is told about by e-mail (ADR-0018), each read by its own tolerant
 * reader: only the fields the notice needs. {@code organisationId} names who receives it.
 */
public sealed interface NotifiedFact {

    String organisationId();

    /** application-submitted.v1: told only when the organisation itself submitted it online. */
    record Submitted(String applicationId, int callYear, String organisationId, String organisationName,
                     String projectTitle, String channel) implements NotifiedFact {
    }

    /** information-requested.v1: the request is addressed to the organisation. */
    record InformationRequested(String applicationId, String organisationId, String projectTitle, String request)
            implements NotifiedFact {
    }

    /** application-decided.v1: the vote; the instructors' justification is not sent. */
    record Decided(String applicationId, String organisationId, String projectTitle, String outcome,
                   BigDecimal amountGranted, String decisionReference, String decidedOn) implements NotifiedFact {
    }

    /** grant-agreement-signed.v1: the agreement of a grant or of a CPO. */
    record AgreementSigned(String agreementId, String kind, String organisationId, String title, BigDecimal amount,
                           int fromYear, int toYear, String signedOn) implements NotifiedFact {
    }

    /** payment-made.v1. */
    record PaymentMade(String applicationId, String organisationId, String projectTitle, int paymentNumber,
                       BigDecimal amount, String paidOn, BigDecimal totalPaid, BigDecimal remaining, boolean settled)
            implements NotifiedFact {
    }

    /** grant-report-submitted.v1: the organisation sent a report online; it is acknowledged. */
    record ReportSubmitted(String applicationId, String organisationId, String projectTitle, String report,
                           String submittedAt) implements NotifiedFact {
    }

    /** grant-report-reviewed.v1: accepted (it releases its instalment) or refused with the reason to the organisation. */
    record ReportReviewed(String applicationId, String organisationId, String projectTitle, String report,
                          String submittedAt, String outcome, String refusalReason) implements NotifiedFact {
    }

    /** Not a fact of a topic: the date a report is due comes near (ReportReminders), once per grant, report and date. */
    record ReportDue(String applicationId, String organisationId, String projectTitle, String report, String dueOn)
            implements NotifiedFact {
    }
}
